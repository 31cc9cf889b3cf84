using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Infrastructure.Halls;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>Last Sodexo fallback: the legacy BiteMenu page, which holds the whole week around the date.</summary>
public sealed class SodexoBiteMenuSource(SodexoClient client, IOptions<VendorHalls<SodexoHallSettings>> halls) : IMenuSource
{
    public string Name => "sodexo-bitemenu";

    public VendorType Vendor => VendorType.Sodexo;

    public int Priority => 2;

    public async Task<MenuReadResult> ReadAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        var settings = halls.Value.For(hall);
        var body = await client.GetBiteMenuAsync(settings.LocationId, settings.MenuId, date, cancellationToken);
        return body.Succeeded ? SodexoNutDataParser.Parse(body.Text, hall.Id, date) : MenuReadResult.Failed(body.Failure);
    }
}
