namespace DiningMenus.Benchmarks.Archive;

/// <summary>"Now" pinned inside the generated year, so that "last served" and "next served" both have something to find.</summary>
internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
