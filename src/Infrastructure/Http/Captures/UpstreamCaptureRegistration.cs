using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Http.Captures;

/// <summary>Wires record (<c>Upstream:RecordDirectory</c>) and replay (<c>Upstream:ReplayDirectory</c>) into the vendor clients.</summary>
public static class UpstreamCaptureRegistration
{
    public static IServiceCollection AddUpstreamCaptures(this IServiceCollection services)
    {
        services.TryAddSingleton<UpstreamCaptures>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<UpstreamOptions>, UpstreamCaptureOptionsValidation>());
        services.AddOptions<UpstreamOptions>().ValidateOnStart();
        return services;
    }

    /// <summary>
    /// Call after the client's other handlers: the recorder goes first (outermost: it sees what the service receives,
    /// after retries), replay last (innermost: it stands in for the network, under resilience and telemetry).
    /// </summary>
    public static IHttpClientBuilder AddUpstreamCaptureHandlers(this IHttpClientBuilder builder) =>
        builder.ConfigureAdditionalHttpMessageHandlers((handlers, services) =>
        {
            var captures = services.GetRequiredService<UpstreamCaptures>();
            var urls = services.GetRequiredService<UpstreamUrls>();
            if (captures.Recorder is { } recorder)
            {
                var maxBytes = services.GetRequiredService<IOptions<UpstreamOptions>>().Value.MaxResponseBytes;
                handlers.Insert(0, new UpstreamRecordingHandler(recorder, urls, maxBytes));
            }

            if (captures.Replay is { } replay)
            {
                handlers.Add(new UpstreamReplayHandler(replay, urls));
            }
        });
}
