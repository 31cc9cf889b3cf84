using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Hours;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.Hours;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>
/// Sodexo hours: <c>openingHours</c> in the location page's preloaded state (standard week and seasonal
/// exceptions), read once per cache lifetime. The page's menu is "today in UTC" only, but its hours cover any date.
/// </summary>
public sealed class SodexoLocationPageHoursSource(
    SodexoClient client,
    IOptions<VendorHalls<SodexoHallSettings>> halls,
    PublishedHoursCache cache) : IHallHoursSource
{
    public VendorType Vendor => VendorType.Sodexo;

    public async Task<DayHours> GetHoursAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        var pageUrl = halls.Value.For(hall).LocationPageUrl;
        if (string.IsNullOrWhiteSpace(pageUrl))
        {
            return DayHours.Unknown(date, $"no LocationPageUrl configured for {hall.Id}");
        }

        var hours = await cache.GetOrReadPageAsync(
            $"sodexo:{hall.Id}",
            token => client.GetLocationPageAsync(pageUrl, token),
            SodexoOpeningHoursParser.FromPage,
            "no openingHours in the page's preloaded state",
            cancellationToken);

        return hours is null ? DayHours.Unknown(date, "the location page's hours could not be read") : SodexoHoursCalendar.For(hours, date);
    }
}
