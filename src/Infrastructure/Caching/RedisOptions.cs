namespace DiningMenus.Infrastructure.Caching;

/// <summary>The <c>Redis</c> configuration section.</summary>
public sealed class RedisOptions
{
    public const string SectionName = "Redis";

    /// <summary>StackExchange.Redis connection string, e.g. 127.0.0.1:6379; empty keeps the cache in process.</summary>
    public string Configuration { get; set; } = string.Empty;

    public bool IsConfigured => !string.IsNullOrWhiteSpace(Configuration);
}
