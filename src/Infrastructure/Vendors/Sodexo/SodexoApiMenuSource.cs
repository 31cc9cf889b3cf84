using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Infrastructure.Halls;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

/// <summary>Primary Sodexo source: the menu API, one date per request.</summary>
public sealed class SodexoApiMenuSource(SodexoClient client, IOptions<VendorHalls<SodexoHallSettings>> halls, IOptions<SodexoOptions> options) : IMenuSource
{
    public string Name => "sodexo-api";

    public VendorType Vendor => VendorType.Sodexo;

    public int Priority => 0;

    public async Task<MenuReadResult> ReadAsync(Hall hall, DateOnly date, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(options.Value.ApiKey))
        {
            return MenuReadResult.Failed(SourceFailureKind.NotApplicable, "no Sodexo:ApiKey configured");
        }

        var settings = halls.Value.For(hall);
        var body = await client.GetMenuAsync(settings.LocationId, settings.MenuId, date, cancellationToken);
        return body.Succeeded ? SodexoMenuSectionsParser.Parse(body.Text, hall.Id, date) : MenuReadResult.Failed(body.Failure);
    }
}
