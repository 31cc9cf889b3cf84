using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Hours;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.Hours;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Vendors.Pomona;

/// <summary>
/// Pomona hours: the regular week on the hall's page (<c>HallPageUrl</c>, the page that also names the feed),
/// read once per cache lifetime.
/// </summary>
public sealed class PomonaHallPageHoursSource(
    EatecFeedClient client, IOptions<VendorHalls<PomonaHallSettings>> halls, PublishedHoursCache cache) : IHallHoursSource
{
    public const string Source = "pomona-hall-page";

    public VendorType Vendor => VendorType.Pomona;

    public async Task<DayHours> GetHoursAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        var pageUrl = halls.Value.For(hall).HallPageUrl;
        if (string.IsNullOrWhiteSpace(pageUrl))
        {
            return DayHours.Unknown(date, $"no HallPageUrl configured for {hall.Id}");
        }

        var week = await cache.GetOrReadPageAsync(
            $"pomona:{hall.Id}",
            token => client.GetHallPageAsync(pageUrl, token),
            PomonaHallHoursParser.Parse,
            "no div.dining-hours-top with readable hours",
            cancellationToken);

        return week?.For(date, Source) ?? DayHours.Unknown(date, "the hall page's hours could not be read");
    }
}
