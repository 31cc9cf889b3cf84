using Microsoft.AspNetCore.OutputCaching;

namespace DiningMenus.Api.Infrastructure;

/// <summary>
/// Keeps finished public GET answers in memory for a few seconds, keyed by path and every query value, so a
/// hot menu is served before MVC runs at all. Only 200s are kept; concurrent misses of one key wait for the
/// first (the middleware's locking). Each entry is tagged with its hall (or as showing all halls), so admin
/// invalidation can evict what shows that hall.
/// </summary>
public sealed class PublicAnswerOutputCachePolicy(TimeSpan lifetime) : IOutputCachePolicy
{
    /// <summary>Answers about every hall at once (the halls list, open-now).</summary>
    public const string AllHallsTag = "all-halls";

    public static string HallTag(string hallId) => "hall:" + hallId.Trim().ToLowerInvariant();

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var enabled = lifetime > TimeSpan.Zero && HttpMethods.IsGet(request.Method);
        context.EnableOutputCaching = enabled;
        context.AllowCacheLookup = enabled;
        context.AllowCacheStorage = enabled;
        context.AllowLocking = enabled;
        if (!enabled)
        {
            return ValueTask.CompletedTask;
        }

        context.ResponseExpirationTimeSpan = lifetime;
        context.CacheVaryByRules.QueryKeys = "*";
        var hall = context.HttpContext.GetRouteValue("hall_id")?.ToString() ?? request.Query["hall_id"].ToString();
        context.Tags.Add(string.IsNullOrWhiteSpace(hall) ? AllHallsTag : HallTag(hall));

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
