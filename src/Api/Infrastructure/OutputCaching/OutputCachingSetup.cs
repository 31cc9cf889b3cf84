using DiningMenus.Application.Common.Options;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DiningMenus.Api.Infrastructure.OutputCaching;

public static class OutputCachingSetup
{
    /// <summary>
    /// ASP.NET Core output caching of finished public answers for <c>OutputCache:Seconds</c>
    /// (<see cref="PublicAnswerOutputCachePolicy"/>) and of the Swagger document, in a store bounded by
    /// <c>OutputCache:SizeLimitMegabytes</c> (<see cref="BoundedOutputCacheStore"/>).
    /// </summary>
    public static IServiceCollection AddPublicAnswerOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<OutputCacheSettings, OutputCacheSettingsValidator>(configuration.GetSection(OutputCacheSettings.SectionName));
        services.AddSingleton<ReplayKeyValues>();
        services.AddOutputCache();
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore, BoundedOutputCacheStore>();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<OutputCacheSettings>, ReplayKeyValues>((output, settings, values) =>
        {
            output.SizeLimit = settings.Value.SizeLimitBytes;
            output.MaximumBodySize = settings.Value.SizeLimitBytes / 16;
            output.AddPolicy(OutputCacheSettings.PolicyName, new PublicAnswerOutputCachePolicy(TimeSpan.FromSeconds(settings.Value.Seconds), values));
            // The document is the same for every query and host; it only changes with a new build.
            output.AddPolicy(OutputCacheSettings.SwaggerPolicyName, policy => policy
                .Expire(TimeSpan.FromHours(1))
                .SetVaryByQuery([])
                .SetVaryByHost(false));
        });
        return services;
    }
}
