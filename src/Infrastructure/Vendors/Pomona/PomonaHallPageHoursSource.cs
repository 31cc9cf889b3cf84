using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Hours;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.Hours;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Vendors.Pomona;

/// <summary>
/// Pomona hours: the regular week on the hall's page (<c>HallPageUrl</c>, the page that also names the feed),
/// read once per cache lifetime.
/// </summary>
public sealed partial class PomonaHallPageHoursSource(
    EatecFeedClient client,
    IOptions<HallCatalogOptions> halls,
    PublishedHoursCache cache,
    ILogger<PomonaHallPageHoursSource> logger) : IHallHoursSource
{
    public const string Source = "pomona-hall-page";

    public VendorType Vendor => VendorType.Pomona;

    public async Task<DayHours> GetHoursAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        var pageUrl = halls.Value.For(hall.Id).HallPageUrl;
        if (string.IsNullOrWhiteSpace(pageUrl))
        {
            return DayHours.Unknown(date, $"no HallPageUrl configured for {hall.Id}");
        }

        var week = await cache.GetOrReadAsync($"pomona:{hall.Id}", async token =>
        {
            var body = await client.GetHallPageAsync(pageUrl, token);
            if (!body.Succeeded)
            {
                LogUnreadable(logger, hall.Id, body.Failure.ToString());
                return null;
            }

            var parsed = PomonaHallHoursParser.Parse(body.Text);
            if (parsed is null)
            {
                LogUnreadable(logger, hall.Id, "no div.dining-hours-top with readable hours");
            }

            return parsed;
        }, cancellationToken);

        return week?.For(date, Source) ?? DayHours.Unknown(date, "the hall page's hours could not be read");
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Hours of {HallId} unavailable from its hall page: {Reason}")]
    private static partial void LogUnreadable(ILogger logger, string hallId, string reason);
}
