using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Domain.Halls;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Infrastructure.Vendors.BonAppetit;

internal static class BonAppetitRegistration
{
    /// <summary>
    /// Bon Appétit café pages: hall settings, the client and the page source. No hours source: each meal of
    /// the page carries its own daypart times.
    /// </summary>
    public static IServiceCollection AddBonAppetit(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddVendorHallSettings<BonAppetitHallSettings, BonAppetitHallSettingsValidator>(VendorType.BonAppetit, configuration);
        services.AddUpstreamClient<BonAppetitPageClient>("bonappetit");
        // Transient: sources hold typed HttpClients, whose handlers the factory rotates; a singleton would pin one forever.
        services.AddTransient<IMenuSource, BonAppetitMenuSource>();
        return services;
    }
}
