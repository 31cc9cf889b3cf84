using BenchmarkDotNet.Running;
using DiningMenus.Benchmarks.Archive;

namespace DiningMenus.Benchmarks;

/// <summary>
/// <c>dotnet run -c Release --project bench/DiningMenus.Benchmarks -- --filter '*' --job short</c>
/// (any BenchmarkDotNet argument works; see bench/README.md), or <c>-- archive ...</c> for the archive's
/// write and search measurement (<see cref="ArchiveBenchmark"/>).
/// </summary>
public static class Program
{
    public static async Task<int> Main(string[] args)
    {
        if (args is ["archive", .. var rest])
        {
            return await ArchiveBenchmark.RunAsync(rest);
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
        return 0;
    }
}
