using BenchmarkDotNet.Running;

namespace DiningMenus.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/DiningMenus.Benchmarks -- --filter '*' --job short</c>
/// (any BenchmarkDotNet argument works; see bench/README.md).
/// </summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
