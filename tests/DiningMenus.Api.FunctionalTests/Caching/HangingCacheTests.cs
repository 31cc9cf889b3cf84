using System.Net;
using Microsoft.Extensions.Caching.Distributed;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace DiningMenus.Api.FunctionalTests.Caching;

/// <summary>A distributed cache (Redis) that never answers must not hold requests: each call gives up at the configured bound.</summary>
public sealed class HangingCacheTests : CapturedUpstreamTests
{
    private sealed class HangingCache : IDistributedCache
    {
        public int Calls;

        public byte[]? Get(string key) => throw new NotSupportedException();

        public Task<byte[]?> GetAsync(string key, CancellationToken token = default) => Hang<byte[]?>();

        public void Refresh(string key) => throw new NotSupportedException();

        public Task RefreshAsync(string key, CancellationToken token = default) => Hang<bool>();

        public void Remove(string key) => throw new NotSupportedException();

        public Task RemoveAsync(string key, CancellationToken token = default) => Hang<bool>();

        public void Set(string key, byte[] value, DistributedCacheEntryOptions options) => throw new NotSupportedException();

        public Task SetAsync(string key, byte[] value, DistributedCacheEntryOptions options, CancellationToken token = default) => Hang<bool>();

        private Task<T> Hang<T>()
        {
            Interlocked.Increment(ref Calls);
            return new TaskCompletionSource<T>().Task; // ignores its token, like a dead connection
        }
    }

    [Test]
    public async Task Requests_complete_and_are_answered_from_upstream()
    {
        var hanging = new HangingCache();
        await using var factory = MenusApiFactory.Create(
            Upstream.BaseAddress,
            new Dictionary<string, string?> { ["Cache:OperationTimeoutMilliseconds"] = "100" },
            services =>
            {
                services.RemoveAll<IDistributedCache>();
                services.AddSingleton<IDistributedCache>(hanging);
            });
        using var client = factory.CreateClient();

        var statuses = new List<HttpStatusCode>();
        foreach (var meal in new[] { "breakfast", "lunch", "dinner" })
        {
            using var response = await client.GetAsync($"/api/v2/menus?hall_id=frary&date=2025-12-01&meal={meal}").WaitAsync(TimeSpan.FromSeconds(30));
            statuses.Add(response.StatusCode);
        }

        Assert.That(statuses, Is.All.EqualTo(HttpStatusCode.OK));
        Assert.That(hanging.Calls, Is.GreaterThan(0), "the cache was tried");
        Assert.That(Upstream.RequestsTo("/api.pomona.edu/eatec/Frary.json"), Is.EqualTo(1), "the process memory level answered the other two");
    }
}
