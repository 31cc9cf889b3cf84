using System.Collections.Concurrent;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.ResponseCompression;

namespace DiningMenus.Api.Infrastructure.OutputCaching;

/// <summary>
/// Keeps finished public GET (and so HEAD) answers in memory for a few seconds, so a hot menu is replayed before the
/// request log, the rate limiter and MVC run at all. It applies to the controller actions that name what their answers
/// vary by (<see cref="VariesByQueryAttribute"/>); others are never kept. An answer is keyed by its path
/// (case-insensitive) and those query parameters, as their values bind (<see cref="ReplayKeyValues"/>): not by the
/// host or any other parameter, and by the content coding it will be sent in (<see cref="ResponseEncoding"/>). Only
/// 200s are kept; concurrent misses of one key are not held behind the first (the cache core shares their fetch).
/// Each entry is tagged with its hall (or as showing all halls), so admin invalidation can
/// evict what shows that hall. The store is bounded (<see cref="BoundedOutputCacheStore"/>). The policy is endpoint
/// metadata (<see cref="OutputCachingSetup.ReplayAnswers"/>), so a replay resolves no service.
/// </summary>
public sealed class PublicAnswerOutputCachePolicy(TimeSpan lifetime, ReplayKeyValues values, IResponseCompressionProvider compression)
    : IOutputCachePolicy
{
    /// <summary>Answers about every hall at once (the halls list, open-now).</summary>
    public const string AllHallsTag = "all-halls";

    private const string HallParameter = "hall_id";

    private readonly ConcurrentDictionary<Endpoint, ReplayKey> _keys = new();
    private readonly Func<Endpoint, ReplayKey> _keyOf = endpoint => ReplayKey.For(endpoint, values);

    public static string HallTag(string hallId) => "hall:" + hallId.Trim().ToLowerInvariant();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var http = context.HttpContext;
        var endpoint = http.GetEndpoint();
        var enabled = lifetime > TimeSpan.Zero
            && HttpMethods.IsGet(http.Request.Method)
            && endpoint?.Metadata.GetMetadata<VariesByQueryAttribute>() is not null;
        context.EnableOutputCaching = enabled;
        context.AllowCacheLookup = enabled;
        context.AllowCacheStorage = enabled;
        // No locking: concurrent misses of one key are not held behind the first. The fetch under them is shared by
        // the cache core already, and an answer that is not kept (a 503 at the deadline) would release them only to
        // run on their own, answering at twice the deadline.
        context.AllowLocking = false;
        if (!enabled)
        {
            return ValueTask.CompletedTask;
        }

        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.VaryByHost = false;
        context.CacheVaryByRules.CacheKeyPrefix =
            ResponseEncoding.Of(http, compression) + "|" + _keys.GetOrAdd(endpoint!, _keyOf).Of(http.Request.Query);
        var hall = values.HallId(http.GetRouteValue(HallParameter)?.ToString() ?? http.Request.Query[HallParameter].FirstOrDefault());
        context.Tags.Add(hall is null ? AllHallsTag : HallTag(hall));

        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        if (context.HttpContext.Response.StatusCode != StatusCodes.Status200OK)
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }
}
