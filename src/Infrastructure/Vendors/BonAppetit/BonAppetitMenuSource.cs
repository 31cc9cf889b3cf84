using System.Globalization;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Infrastructure.Halls;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

/// <summary>Primary Bon Appétit source: the hall's dated cafe page, one date per download.</summary>
public sealed class BonAppetitMenuSource(BonAppetitPageClient client, IOptions<VendorHalls<BonAppetitHallSettings>> halls) : IMenuSource
{
    public const string DatePlaceholder = "{date}";

    public string Name => "bonappetit-page";

    public VendorType Vendor => VendorType.BonAppetit;

    public int Priority => 0;

    public async Task<MenuReadResult> ReadAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        var body = await client.GetPageAsync(PageUrlFor(halls.Value.For(hall).CafePageUrl, date), cancellationToken);
        return body.Succeeded ? BonAppetitPageParser.Parse(body.Text, hall.Id, date) : MenuReadResult.Failed(body.Failure);
    }

    /// <summary>The configured page URL with <c>{date}</c> as YYYY-MM-DD.</summary>
    public static string PageUrlFor(string cafePageUrl, DateOnly date) =>
        cafePageUrl.Replace(DatePlaceholder, date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), StringComparison.OrdinalIgnoreCase);
}
