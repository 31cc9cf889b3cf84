namespace DiningMenus.Benchmarks;

/// <summary>The real captures in tests/captures of the repository (found by walking up to DiningMenus.sln).</summary>
internal static class Fixtures
{
    public static string Read(string relativePath) => File.ReadAllText(Path.Combine(Root, relativePath));

    /// <summary>The repository: the folder holding DiningMenus.sln above the captures.</summary>
    public static string RepositoryRoot => Path.GetDirectoryName(Path.GetDirectoryName(Root))!;

    private static string Root { get; } = FindRoot();

    private static string FindRoot()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable("DININGMENUS_FIXTURES");
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return fromEnvironment;
        }

        // BenchmarkDotNet runs a generated copy of this program below bin/, still inside the repository.
        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "DiningMenus.sln")))
                {
                    var fixtures = Path.Combine(dir.FullName, "tests", "captures");
                    if (Directory.Exists(fixtures))
                    {
                        return fixtures;
                    }
                }
            }
        }

        throw new DirectoryNotFoundException("tests/captures not found beside DiningMenus.sln (or set DININGMENUS_FIXTURES)");
    }
}
