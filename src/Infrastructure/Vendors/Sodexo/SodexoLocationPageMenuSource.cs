using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Infrastructure.Halls;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>
/// Fallback: the public location page. It ignores <c>?date=</c> and shows the menu of the UTC date (Pacific
/// evenings already show tomorrow), so it answers only for that date and never lends it to another.
/// </summary>
public sealed class SodexoLocationPageMenuSource(SodexoClient client, IOptions<VendorHalls<SodexoHallSettings>> halls, TimeProvider clock) : IMenuSource
{
    public string Name => "sodexo-location-page";

    public VendorType Vendor => VendorType.Sodexo;

    public int Priority => 1;

    public async Task<MenuReadResult> ReadAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        var pageUrl = halls.Value.For(hall).LocationPageUrl;
        if (string.IsNullOrWhiteSpace(pageUrl))
        {
            return MenuReadResult.Failed(SourceFailureKind.NotApplicable, $"no LocationPageUrl configured for {hall.Id}");
        }

        // Skip the download when the page cannot be showing the requested date.
        var pageToday = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        if (date != pageToday)
        {
            return MenuReadResult.Failed(SourceFailureKind.NotApplicable, $"the location page shows only {pageToday:yyyy-MM-dd} (UTC today)");
        }

        var body = await client.GetLocationPageAsync(pageUrl, cancellationToken);
        if (!body.Succeeded)
        {
            return MenuReadResult.Failed(body.Failure);
        }

        var result = SodexoPreloadedStateParser.Parse(body.Text, hall.Id);
        return !result.Succeeded || result.DayFor(date) is not null
            ? result
            : MenuReadResult.Failed(SourceFailureKind.WrongDate, $"the location page shows {result.Days[0].Date:yyyy-MM-dd}, not {date:yyyy-MM-dd}");
    }
}
