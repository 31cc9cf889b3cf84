using System.Globalization;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using DiningMenus.Application.Menus.Queries.GetHallDay;
using Mediator;

namespace DiningMenus.Application.Menus.Queries.GetHallMenus;

/// <summary>Reads every date of the range through the cached day query.</summary>
public sealed class GetHallMenusQueryHandler(ISender sender) : IQueryHandler<GetHallMenusQuery, HallMenusResponse>
{
    public async ValueTask<HallMenusResponse> Handle(GetHallMenusQuery query, CancellationToken cancellationToken)
    {
        // The validator has already checked both dates and the span; these only turn the strings into values.
        if (!RequestRules.TryParseDate(query.From, out var from) || !RequestRules.TryParseDate(query.To, out var to))
        {
            throw new InvalidOperationException($"Unvalidated range {query.From}..{query.To}.");
        }

        var diet = DietFilter.Parse(query.Tags);
        var dates = Enumerable.Range(0, to.DayNumber - from.DayNumber + 1).Select(from.AddDays).ToList();

        // The first date is read alone: a download covering several dates (the Eatec feed holds a week)
        // caches them all, so the others are then cache hits rather than more downloads of the same feed.
        var first = await ReadDayAsync(query.HallId, dates[0], cancellationToken);
        var rest = await Task.WhenAll(dates.Skip(1).Select(date => ReadDayAsync(query.HallId, date, cancellationToken)));
        var days = rest.Prepend(first).Select(day => day.ToHallDayResponse(diet)).ToList();

        return new HallMenusResponse(first.Hall.Id, first.Hall.Name, Format(from), Format(to), days);
    }

    private async Task<DayMenuResult> ReadDayAsync(string? hallId, DateOnly date, CancellationToken cancellationToken) =>
        await sender.Send(new GetDayMenuQuery(hallId, Format(date)), cancellationToken);

    private static string Format(DateOnly date) => date.ToString(RequestRules.DateFormat, CultureInfo.InvariantCulture);
}
