using DiningMenus.Application.Common.Options;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DiningMenus.Api.Infrastructure.OutputCaching;

public static class OutputCachingSetup
{
    /// <summary>
    /// ASP.NET Core output caching of finished public answers for <c>OutputCache:Seconds</c>
    /// (<see cref="PublicAnswerOutputCachePolicy"/>, put on the controllers by <see cref="ReplayAnswers"/>) and of the
    /// Swagger document, in a store bounded by <c>OutputCache:SizeLimitMegabytes</c> (<see cref="BoundedOutputCacheStore"/>).
    /// </summary>
    public static IServiceCollection AddPublicAnswerOutputCache(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<OutputCacheSettings, OutputCacheSettingsValidator>(configuration.GetSection(OutputCacheSettings.SectionName));
        services.AddSingleton<ReplayKeyValues>();
        services.AddSingleton(provider => new PublicAnswerOutputCachePolicy(
            TimeSpan.FromSeconds(provider.GetRequiredService<IOptions<OutputCacheSettings>>().Value.Seconds),
            provider.GetRequiredService<ReplayKeyValues>(),
            provider.GetRequiredService<IResponseCompressionProvider>()));
        services.AddOutputCache();
        services.RemoveAll<IOutputCacheStore>();
        services.AddSingleton<IOutputCacheStore, BoundedOutputCacheStore>();
        services.AddOptions<OutputCacheOptions>().Configure<IOptions<OutputCacheSettings>>((output, settings) =>
        {
            output.SizeLimit = settings.Value.SizeLimitBytes;
            output.MaximumBodySize = settings.Value.SizeLimitBytes / 8;
            // The document is the same for every query and host; it only changes with a new build. It is kept once per
            // content coding, like the answers.
            output.AddPolicy(OutputCacheSettings.SwaggerPolicyName, policy => policy
                .Expire(TimeSpan.FromHours(1))
                .SetVaryByQuery([])
                .SetVaryByHost(false)
                .VaryByValue(context => new("encoding", ResponseEncoding.Of(context, context.RequestServices.GetRequiredService<IResponseCompressionProvider>()))));
        });
        return services;
    }

    /// <summary>
    /// Puts <see cref="PublicAnswerOutputCachePolicy"/> on every controller action as endpoint metadata; the actions
    /// with a <see cref="VariesByQueryAttribute"/> are replayed.
    /// </summary>
    public static ControllerActionEndpointConventionBuilder ReplayAnswers(this ControllerActionEndpointConventionBuilder controllers, IServiceProvider services) =>
        controllers.CacheOutput(services.GetRequiredService<PublicAnswerOutputCachePolicy>());
}
