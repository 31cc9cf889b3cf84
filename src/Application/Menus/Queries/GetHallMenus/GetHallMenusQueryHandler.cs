using DiningMenus.Application.Common.Models;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Validation;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using DiningMenus.Application.Menus.Queries.GetHallDay;
using Mediator;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Menus.Queries.GetHallMenus;

/// <summary>Reads every date of the range through the cached day query, all within one answer deadline.</summary>
public sealed class GetHallMenusQueryHandler(ISender sender, TimeProvider clock, IOptions<MenusOptions> options)
    : IQueryHandler<GetHallMenusQuery, HallMenusResponse>
{
    public async ValueTask<HallMenusResponse> Handle(GetHallMenusQuery query, CancellationToken cancellationToken)
    {
        var dates = Enumerable.Range(0, query.DayCount).Select(query.From.AddDays).ToList();
        var answerBy = clock.GetUtcNow() + TimeSpan.FromSeconds(options.Value.AnswerDeadlineSeconds);

        // The first date is read alone: a download covering several dates (the Eatec feed holds a week)
        // caches them all, so the others are then cache hits rather than more downloads of the same feed.
        // If the vendor failed or was late for it, the others are answered from what is kept, without a fetch
        // each: one attempt per request, and the whole range by the one deadline.
        var first = await ReadDayAsync(query, dates[0], CacheUse.ReadOrFetch, answerBy, cancellationToken);
        var others = first.IsStale ? CacheUse.KeptOnly : CacheUse.ReadOrFetch;
        var rest = await Task.WhenAll(dates.Skip(1).Select(date => ReadDayAsync(query, date, others, answerBy, cancellationToken)));
        var days = rest.Prepend(first).Select(day => day.ToHallDayResponse(query.Filter)).ToList();

        return new HallMenusResponse(query.Hall.Id, query.Hall.Name, query.From.ToWireDate(), query.To.ToWireDate(), days);
    }

    private async Task<DayMenuResult> ReadDayAsync(
        GetHallMenusQuery query, DateOnly date, CacheUse use, DateTimeOffset answerBy, CancellationToken cancellationToken) =>
        await sender.Send(new GetDayMenuQuery(query.Hall, date) { CacheUse = use, AnswerBy = answerBy }, cancellationToken);
}
