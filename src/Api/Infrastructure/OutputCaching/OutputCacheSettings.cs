namespace DiningMenus.Api.Infrastructure.OutputCaching;

/// <summary>The <c>OutputCache</c> configuration section.</summary>
public sealed class OutputCacheSettings
{
    public const string SectionName = "OutputCache";

    /// <summary>The policy of the Swagger document, which only changes with a new build.</summary>
    public const string SwaggerPolicyName = "swagger-document";

    /// <summary>
    /// How long a finished public answer (its bytes and headers) is replayed from memory before the request
    /// runs through MVC again. Short, like the L1 cache, so instances agree within seconds. 0 turns it off.
    /// </summary>
    public int Seconds { get; set; } = 5;

    /// <summary>
    /// The most memory replayed answers may take, keys and bookkeeping included (<see cref="BoundedOutputCacheStore"/>).
    /// One answer may take at most an eighth of it. 8 MB holds about a thousand menu answers, many times what the
    /// seven halls' popular answers take, and keeps a flood of one-off queries well inside the memory budget.
    /// </summary>
    public int SizeLimitMegabytes { get; set; } = 8;

    public long SizeLimitBytes => SizeLimitMegabytes * 1024L * 1024L;
}
