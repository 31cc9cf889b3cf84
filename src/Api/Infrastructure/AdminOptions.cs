namespace DiningMenus.Api.Infrastructure;

/// <summary>The <c>Admin</c> configuration section.</summary>
public sealed class AdminOptions
{
    public const string SectionName = "Admin";

    /// <summary>The key admin calls send in <c>X-Api-Key</c>. Empty disables the admin endpoints (404).</summary>
    public string ApiKey { get; set; } = string.Empty;
}
