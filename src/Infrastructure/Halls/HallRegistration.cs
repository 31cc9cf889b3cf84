using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Domain.Halls;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Halls;

public static class HallRegistration
{
    /// <summary>The <c>Halls</c> section's common settings, validated at start, and the registry built from them.</summary>
    internal static IServiceCollection AddHalls(this IServiceCollection services, IConfiguration configuration)
    {
        var section = configuration.GetSection(HallCatalogOptions.SectionName);
        // Built from the container: the vendors registered by the vendor folders are known only then.
        services.AddSingleton<IValidateOptions<HallCatalogOptions>>(provider =>
            new SettingsValidation<HallCatalogOptions>(
                new HallCatalogOptionsValidator(provider.GetServices<RegisteredVendor>()) { Path = section.Path }));
        services.AddOptions<HallCatalogOptions>()
            .Configure(catalog =>
            {
                foreach (var (id, hall, _) in BindEach(section))
                {
                    catalog[id] = hall;
                }
            })
            .ValidateOnStart();
        services.AddSingleton<IHallRegistry, ConfigurationHallRegistry>();
        return services;
    }

    /// <summary>
    /// A vendor's typed hall settings: every hall whose <c>Vendor</c> is <paramref name="vendor"/> gets a
    /// <typeparamref name="TSettings"/> bound from its own <c>Halls:&lt;id&gt;</c> section, validated at start by
    /// <typeparamref name="TValidator"/>. Vendor code reads <c>IOptions&lt;VendorHalls&lt;TSettings&gt;&gt;</c>.
    /// </summary>
    public static IServiceCollection AddVendorHallSettings<TSettings, TValidator>(
        this IServiceCollection services, VendorType vendor, IConfiguration configuration)
        where TSettings : class, new()
        where TValidator : SettingsValidator<TSettings>, new()
    {
        var section = configuration.GetSection(HallCatalogOptions.SectionName);
        services.AddSingleton(new RegisteredVendor(vendor));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<VendorHalls<TSettings>>>(
            new SettingsValidation<VendorHalls<TSettings>>(new VendorHallsValidator<TSettings, TValidator> { Path = section.Path })));
        services.AddOptions<VendorHalls<TSettings>>()
            .Configure(halls =>
            {
                foreach (var (id, _, hallSection) in BindEach(section).Where(h => h.Common.Vendor == vendor))
                {
                    var settings = new TSettings();
                    hallSection.Bind(settings);
                    halls[id] = settings;
                }
            })
            .ValidateOnStart();
        return services;
    }

    /// <summary>
    /// Each hall's common settings, bound one hall at a time: binding the whole section as a dictionary would
    /// silently drop a hall with a value that does not convert (e.g. <c>Vendor: Aramark</c>), where binding one
    /// hall throws with the key (<c>Failed to convert configuration value 'Aramark' at 'Halls:x:Vendor'</c>).
    /// </summary>
    private static IEnumerable<(string Id, HallOptions Common, IConfigurationSection Section)> BindEach(IConfigurationSection halls)
    {
        foreach (var hall in halls.GetChildren())
        {
            var common = new HallOptions();
            hall.Bind(common);
            yield return (hall.Key, common, hall);
        }
    }
}
