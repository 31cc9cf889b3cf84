using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Hours;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.Hours;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>
/// Sodexo hours: <c>openingHours</c> in the location page's preloaded state (standard week and seasonal
/// exceptions), read once per cache lifetime. The page's menu is "today in UTC" only, but its hours cover any date.
/// </summary>
public sealed partial class SodexoLocationPageHoursSource(
    SodexoClient client,
    IOptions<HallCatalogOptions> halls,
    PublishedHoursCache cache,
    ILogger<SodexoLocationPageHoursSource> logger) : IHallHoursSource
{
    public VendorType Vendor => VendorType.Sodexo;

    public async Task<DayHours> GetHoursAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        var pageUrl = halls.Value.For(hall.Id).LocationPageUrl;
        if (string.IsNullOrWhiteSpace(pageUrl))
        {
            return DayHours.Unknown(date, $"no LocationPageUrl configured for {hall.Id}");
        }

        var hours = await cache.GetOrReadAsync($"sodexo:{hall.Id}", async token =>
        {
            var body = await client.GetLocationPageAsync(pageUrl, token);
            if (!body.Succeeded)
            {
                LogUnreadable(logger, hall.Id, body.Failure.ToString());
                return null;
            }

            var parsed = SodexoOpeningHoursParser.FromPage(body.Text);
            if (parsed is null)
            {
                LogUnreadable(logger, hall.Id, "no openingHours in the page's preloaded state");
            }

            return parsed;
        }, cancellationToken);

        return hours is null ? DayHours.Unknown(date, "the location page's hours could not be read") : SodexoHoursCalendar.For(hours, date);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hours of {HallId} unavailable from its location page: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string hallId, string reason);
}
