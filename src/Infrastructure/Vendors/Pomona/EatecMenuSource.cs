using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Infrastructure.Halls;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Vendors.Pomona;

/// <summary>Primary Pomona source: the hall's Eatec feed, which holds about a week of dates in one download.</summary>
public sealed class EatecMenuSource(EatecFeedClient client, IOptions<VendorHalls<PomonaHallSettings>> halls) : IMenuSource
{
    public string Name => "eatec-feed";

    public VendorType Vendor => VendorType.Pomona;

    public int Priority => 0;

    public async Task<MenuReadResult> ReadAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        var body = await client.GetFeedAsync(halls.Value.For(hall).FeedUrl, cancellationToken);
        return body.Succeeded ? EatecFeedParser.Parse(body.Text, hall.Id) : MenuReadResult.Failed(body.Failure);
    }
}
