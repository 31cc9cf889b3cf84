using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Domain.Halls;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Infrastructure.Vendors.Sodexo;

internal static class SodexoRegistration
{
    /// <summary>Sodexo: settings, the client, the three menu sources (API, location page, BiteMenu) and the location-page hours.</summary>
    public static IServiceCollection AddSodexo(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<SodexoOptions, SodexoOptionsValidator>(configuration.GetSection(SodexoOptions.SectionName));
        services.AddVendorHallSettings<SodexoHallSettings, SodexoHallSettingsValidator>(VendorType.Sodexo, configuration);
        services.AddUpstreamClient<SodexoClient>("sodexo");
        // Transient: sources hold typed HttpClients, whose handlers the factory rotates; a singleton would pin one forever.
        services.AddTransient<IMenuSource, SodexoApiMenuSource>();
        services.AddTransient<IMenuSource, SodexoLocationPageMenuSource>();
        services.AddTransient<IMenuSource, SodexoBiteMenuSource>();
        services.AddTransient<IHallHoursSource, SodexoLocationPageHoursSource>();
        return services;
    }
}
