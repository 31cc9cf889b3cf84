using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Infrastructure.Halls;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Vendors.Pomona;

/// <summary>
/// Pomona fallback for a feed that fails or lacks the date: the feed URL the hall page names now (the feed
/// has moved hosts three times), then the feed's path on the hosts it used before.
/// </summary>
public sealed partial class EatecDiscoveredFeedSource(
    EatecFeedClient client, IOptions<VendorHalls<PomonaHallSettings>> halls, IOptions<PomonaOptions> pomona, ILogger<EatecDiscoveredFeedSource> logger)
    : IMenuSource
{
    public string Name => "eatec-discovered-feed";

    public VendorType Vendor => VendorType.Pomona;

    public int Priority => 1;

    public async Task<MenuReadResult> ReadAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        var settings = halls.Value.For(hall);
        var configured = settings.FeedUrl;
        var failures = new List<SourceFailure>();
        foreach (var candidate in await CandidatesAsync(settings.HallPageUrl, configured, failures, cancellationToken))
        {
            var body = await client.GetFeedAsync(candidate, cancellationToken);
            if (!body.Succeeded)
            {
                failures.Add(body.Failure);
                continue;
            }

            var read = EatecFeedParser.Parse(body.Text, hall.Id);
            if (read.Succeeded && read.DayFor(date) is not null)
            {
                return read;
            }

            failures.Add(read.Failure ?? new SourceFailure(SourceFailureKind.WrongDate, $"{candidate} does not hold {date:yyyy-MM-dd}"));
        }

        // A refused URL is the news of the read (someone pointed the page elsewhere); the legacy hosts' misses are routine.
        var kind = failures.Any(f => f.Kind == SourceFailureKind.UntrustedUrl) ? SourceFailureKind.UntrustedUrl : failures.LastOrDefault()?.Kind;
        return kind is null
            ? MenuReadResult.Failed(SourceFailureKind.NotApplicable, $"no other feed URL known for {hall.Id}")
            : MenuReadResult.Failed(kind.Value, string.Join("; ", failures.Select(f => f.Reason)));
    }

    /// <summary>Feed URLs other than the configured one: the hall page's, then the legacy hosts'.</summary>
    private async Task<List<string>> CandidatesAsync(
        string? hallPageUrl, string? configured, List<SourceFailure> failures, CancellationToken cancellationToken)
    {
        var candidates = new List<string>();
        if (!string.IsNullOrWhiteSpace(hallPageUrl))
        {
            var page = await client.GetHallPageAsync(hallPageUrl, cancellationToken);
            if (!page.Succeeded)
            {
                failures.Add(page.Failure);
            }
            else if (EatecFeedDiscovery.FeedUrlFrom(page.Text) is { } discovered)
            {
                if (DiscoveredFeedUrlPolicy.Refusal(discovered, pomona.Value.AllowedFeedHosts) is { } refusal)
                {
                    LogRefused(logger, hallPageUrl, refusal);
                    failures.Add(new SourceFailure(SourceFailureKind.UntrustedUrl, $"the hall page names a feed the service will not fetch: {refusal}"));
                }
                else
                {
                    candidates.Add(discovered);
                }
            }
        }

        var template = candidates.FirstOrDefault() ?? configured;
        if (template is not null)
        {
            candidates.AddRange(pomona.Value.LegacyFeedHosts.Select(host => EatecFeedDiscovery.WithHost(template, host)));
        }

        return [.. candidates.Distinct(StringComparer.OrdinalIgnoreCase).Where(url => !string.Equals(url, configured, StringComparison.OrdinalIgnoreCase))];
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Not fetching the feed URL named by {HallPageUrl}: {Refusal}")]
    private static partial void LogRefused(ILogger logger, string hallPageUrl, string refusal);
}
