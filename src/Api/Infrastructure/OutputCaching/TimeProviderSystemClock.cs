using Microsoft.Extensions.Internal;

namespace DiningMenus.Api.Infrastructure.OutputCaching;

/// <summary>MemoryCache still reads its time through <see cref="ISystemClock"/>; this one reads a <see cref="TimeProvider"/>.</summary>
internal sealed class TimeProviderSystemClock(TimeProvider clock) : ISystemClock
{
    public DateTimeOffset UtcNow => clock.GetUtcNow();
}
