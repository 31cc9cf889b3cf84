namespace DiningMenus.Api.Infrastructure;

/// <summary>The <c>Cors</c> configuration section: which browser frontends may call the API.</summary>
public sealed class CorsSettings
{
    public const string SectionName = "Cors";

    /// <summary>Origins (scheme://host[:port]) allowed to GET; none by default.</summary>
    public IList<string> AllowedOrigins { get; set; } = [];
}
