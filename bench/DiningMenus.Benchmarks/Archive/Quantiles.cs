using System.Globalization;

namespace DiningMenus.Benchmarks.Archive;

/// <summary>Nearest-rank quantiles of a set of timings, in milliseconds.</summary>
internal sealed class Quantiles(IEnumerable<double> milliseconds)
{
    private readonly double[] _sorted = [.. milliseconds.Order()];

    public int Count => _sorted.Length;

    public double Mean => _sorted.Average();

    public double At(double quantile) => _sorted[Math.Clamp((int)Math.Ceiling(quantile * _sorted.Length) - 1, 0, _sorted.Length - 1)];

    public override string ToString() => string.Create(CultureInfo.InvariantCulture,
        $"n={Count} mean={Mean:F2} p50={At(0.50):F2} p90={At(0.90):F2} p99={At(0.99):F2} max={_sorted[^1]:F2} ms");
}
