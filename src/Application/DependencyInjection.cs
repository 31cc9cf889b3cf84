using DiningMenus.Application.Alerts.Common;
using DiningMenus.Application.Common.Caching;
using DiningMenus.Application.Common.Interfaces;
using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Telemetry;
using DiningMenus.Application.Halls.Common;
using DiningMenus.Application.Menus.Common;
using DiningMenus.Application.Menus.Queries.GetDayMenu;
using DiningMenus.Application.Search.Common;
using FluentValidation;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiningMenus.Application;

public static class DependencyInjection
{
    /// <summary>
    /// Validators, options and use-case services. Mediator itself (handlers and the ordered behaviors) is
    /// registered by the Api project, because its source generator must run in the outermost assembly.
    /// </summary>
    public static IServiceCollection AddApplication(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<MenusOptions, MenusOptionsValidator>(configuration.GetSection(MenusOptions.SectionName));
        services.AddValidatorsFromAssembly(typeof(DependencyInjection).Assembly, ServiceLifetime.Scoped);
        services.AddMetrics();
        services.TryAddSingleton<MenusTelemetry>();
        services.AddSingleton<ParseReportRecorder>();
        services.AddScoped<MenuFallbackOrchestrator>();
        services.AddSingleton<SourceHealthLedger>();
        // The cache core itself (IFusionCache: levels, backplane, locker) is set up by Infrastructure.
        services.AddValidatedOptions<CacheOptions, CacheOptionsValidator>(configuration.GetSection(CacheOptions.SectionName));
        services.AddSingleton<AnswerCache>();
        services.AddScoped<ICacheFallback<GetDayMenuQuery, DayMenuResult>, DayMenuCacheFallback>();
        services.AddScoped<HallHoursService>();
        services.AddValidatedOptions<SearchOptions, SearchOptionsValidator>(configuration.GetSection(SearchOptions.SectionName));
        services.AddSingleton<DishCatalog>();
        services.AddValidatedOptions<AlertsOptions, AlertsOptionsValidator>(configuration.GetSection(AlertsOptions.SectionName));
        services.AddSingleton<UpcomingServingsMatcher>();
        return services;
    }
}
