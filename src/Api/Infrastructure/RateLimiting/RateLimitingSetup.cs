using System.Globalization;
using System.Net;
using System.Threading.RateLimiting;
using DiningMenus.Application.Common.Options;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace DiningMenus.Api.Infrastructure.RateLimiting;

/// <summary>
/// ASP.NET Core's rate limiter as the global limiter of every request that reaches it (controllers, Swagger, health,
/// unknown paths): a token bucket per client address, one for calls carrying the admin key, none for health probes from
/// this machine. It runs after the output cache, so replayed answers spend no tokens. A refused request gets 429
/// problem details with Retry-After. The client address is the connection's, or the one a known proxy forwarded
/// (<see cref="Proxies.ForwardedHeadersSetup"/>, which runs first).
/// </summary>
public static class RateLimitingSetup
{
    public static IServiceCollection AddClientRateLimiting(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddValidatedOptions<RateLimitingOptions, RateLimitingOptionsValidator>(configuration.GetSection(RateLimitingOptions.SectionName));
        services.AddRateLimiter(_ => { });
        services.AddOptions<RateLimiterOptions>().Configure<IOptions<RateLimitingOptions>, IOptions<AdminOptions>>((limiter, settings, admin) =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.GlobalLimiter = CreateLimiter(settings.Value, admin.Value);
            limiter.OnRejected = (rejected, _) => WriteRejectionAsync(rejected, settings.Value);
        });
        return services;
    }

    /// <summary>The bucket <paramref name="context"/> spends from.</summary>
    public static RateLimitPartitionKey PartitionOf(HttpContext context, AdminOptions admin)
    {
        var client = RateLimitPartitionKey.ClientNetwork(context.Connection.RemoteIpAddress);
        if (client is not null && IPAddress.IsLoopback(client) && context.Request.Path.StartsWithSegments(HealthEndpoints.PathPrefix))
        {
            return RateLimitPartitionKey.Exempt;
        }

        // Only a call that will pass the key check is the operator's: a wrong key spends the address's public tokens,
        // so guessing keys is limited like any other traffic.
        if (admin.ApiKey.Length > 0
            && context.GetEndpoint()?.Metadata.GetMetadata<AdminApiKeyAttribute>() is not null
            && AdminApiKeyAttribute.Matches(context.Request.Headers[AdminApiKeyAttribute.HeaderName].ToString(), admin.ApiKey))
        {
            return RateLimitPartitionKey.Admin;
        }

        return new RateLimitPartitionKey(RateLimitBucket.Client, client);
    }

    private static PartitionedRateLimiter<HttpContext> CreateLimiter(RateLimitingOptions settings, AdminOptions admin)
    {
        // The bucket options are built once; the factories only hand them out (no allocation per request).
        var client = BucketOptions(settings.Client);
        var operatorBucket = BucketOptions(settings.Admin);
        Func<RateLimitPartitionKey, TokenBucketRateLimiterOptions> clientFactory = _ => client;
        Func<RateLimitPartitionKey, TokenBucketRateLimiterOptions> adminFactory = _ => operatorBucket;
        return PartitionedRateLimiter.Create<HttpContext, RateLimitPartitionKey>(context =>
        {
            var key = PartitionOf(context, admin);
            return key.Bucket switch
            {
                RateLimitBucket.Exempt => RateLimitPartition.GetNoLimiter(key),
                RateLimitBucket.Admin => RateLimitPartition.GetTokenBucketLimiter(key, adminFactory),
                _ => RateLimitPartition.GetTokenBucketLimiter(key, clientFactory),
            };
        });
    }

    private static TokenBucketRateLimiterOptions BucketOptions(TokenBucketSettings bucket) => new()
    {
        TokenLimit = bucket.TokenLimit,
        TokensPerPeriod = bucket.TokensPerPeriod,
        ReplenishmentPeriod = TimeSpan.FromSeconds(bucket.ReplenishmentSeconds),
        QueueLimit = 0,
    };

    private static async ValueTask WriteRejectionAsync(OnRejectedContext rejected, RateLimitingOptions settings)
    {
        var http = rejected.HttpContext;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait)
            ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds))
            : settings.Client.ReplenishmentSeconds;
        http.Response.Headers.RetryAfter = retryAfter.ToString(CultureInfo.InvariantCulture);
        await http.RequestServices.GetRequiredService<IProblemDetailsService>().WriteAsync(new ProblemDetailsContext
        {
            HttpContext = http,
            ProblemDetails =
            {
                Status = StatusCodes.Status429TooManyRequests,
                Title = "Too Many Requests",
                Detail = $"Rate limit reached; retry after {retryAfter} s.",
            },
        });
    }
}
