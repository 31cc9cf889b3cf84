using DiningMenus.Application.Common.Options;
using DiningMenus.Application.Common.Telemetry;
using DiningMenus.Infrastructure.Http.Captures;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Polly;

namespace DiningMenus.Infrastructure.Http;

public static class UpstreamRegistration
{
    /// <summary>The <c>Upstream</c> settings and the URL builder every vendor client uses.</summary>
    internal static IServiceCollection AddUpstreamHttp(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<UpstreamOptions, UpstreamOptionsValidator>(configuration.GetSection(UpstreamOptions.SectionName));
        services.AddSingleton<UpstreamUrls>();
        services.AddUpstreamCaptures();
        services.AddQuietUpstreamRetries();
        return services;
    }

    /// <summary>
    /// A vendor's typed HttpClient with the upstream limits: timeouts, bounded retries with jitter and a circuit
    /// breaker per upstream host; inside them, per-attempt metrics tagged with <paramref name="vendor"/>; around and
    /// under it all, record and replay when configured.
    /// </summary>
    public static IHttpClientBuilder AddUpstreamClient<TClient>(this IServiceCollection services, string vendor)
        where TClient : class
    {
        var builder = services.AddHttpClient<TClient>(ConfigureClient);
        builder.AddStandardResilienceHandler()
            .Configure((HttpStandardResilienceOptions resilience, IServiceProvider provider) =>
            {
                var options = provider.GetRequiredService<IOptions<UpstreamOptions>>().Value;
                resilience.AttemptTimeout.Timeout = TimeSpan.FromSeconds(options.AttemptTimeoutSeconds);
                resilience.TotalRequestTimeout.Timeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds);
                resilience.Retry.MaxRetryAttempts = options.MaxRetryAttempts;
                resilience.Retry.Delay = TimeSpan.FromMilliseconds(options.RetryBaseDelayMilliseconds);
                resilience.Retry.BackoffType = DelayBackoffType.Exponential;
                resilience.Retry.UseJitter = true;
                resilience.CircuitBreaker.BreakDuration = TimeSpan.FromSeconds(options.CircuitBreakSeconds);
                // The breaker's sampling window must be at least twice the attempt timeout.
                resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromSeconds(Math.Max(30, 2 * options.AttemptTimeoutSeconds + 1));
            })
            .SelectPipelineByAuthority();
        builder.AddHttpMessageHandler(provider => new UpstreamTelemetryHandler(provider.GetRequiredService<MenusTelemetry>(), vendor));
        // Must stay the last handler call: it puts the recorder outermost and the replay innermost.
        builder.AddUpstreamCaptureHandlers();
        return builder;
    }

    private static void ConfigureClient(IServiceProvider services, HttpClient client)
    {
        var options = services.GetRequiredService<IOptions<UpstreamOptions>>().Value;
        client.MaxResponseContentBufferSize = options.MaxResponseBytes;
        client.Timeout = TimeSpan.FromSeconds(options.TotalTimeoutSeconds + 5); // the resilience pipeline times out first
        client.DefaultRequestHeaders.UserAgent.ParseAdd(options.UserAgent);
    }
}
