namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>The <c>Sodexo</c> configuration section: where Sodexo menus are read and with which key.</summary>
public sealed class SodexoOptions
{
    public const string SectionName = "Sodexo";

    /// <summary>Menu API; a request is <c>{ApiBaseUrl}/{locationId}/{menuId}?date=yyyy-MM-dd</c>.</summary>
    public string ApiBaseUrl { get; set; } = "https://api-prd.sodexomyway.net/v0.2/data/menu";

    /// <summary>
    /// The public key the sodexomyway.com sites' browser script sends as <c>API-Key</c> (the same UUID for every
    /// campus in the public projects that call the API). Sodexo can rotate it: override <c>Sodexo:ApiKey</c>
    /// without a release. Empty turns the API source off. The value lives in appsettings.json.
    /// </summary>
    public string ApiKey { get; set; } = string.Empty;

    /// <summary>Legacy week page whose <c>#nutData</c> holds the menu.</summary>
    public string BiteMenuUrl { get; set; } = "https://menus.sodexomyway.com/BiteMenu/MenuOnly";
}
