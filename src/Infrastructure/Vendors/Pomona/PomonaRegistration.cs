using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Domain.Halls;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.Http;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace DiningMenus.Infrastructure.Vendors.Pomona;

internal static class PomonaRegistration
{
    /// <summary>Pomona's Eatec feeds: settings, the client, the feed sources and the hall-page hours.</summary>
    public static IServiceCollection AddPomona(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<PomonaOptions, PomonaOptionsValidator>(configuration.GetSection(PomonaOptions.SectionName));
        services.AddVendorHallSettings<PomonaHallSettings, PomonaHallSettingsValidator>(VendorType.Pomona, configuration);
        services.AddUpstreamClient<EatecFeedClient>("pomona");
        // Transient: sources hold typed HttpClients, whose handlers the factory rotates; a singleton would pin one forever.
        services.AddTransient<IMenuSource, EatecMenuSource>();
        services.AddTransient<IMenuSource, EatecDiscoveredFeedSource>();
        services.AddTransient<IHallHoursSource, PomonaHallPageHoursSource>();
        return services;
    }
}
