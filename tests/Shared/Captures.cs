namespace DiningMenus.Tests.Shared;

/// <summary>
/// The real upstream captures in <c>tests/captures</c> (provenance in its README), read in place. A test that
/// needs a capture that is not there fails and names it: a missing capture is a broken checkout, not a reason to skip.
/// </summary>
internal static class Captures
{
    private static readonly Lazy<string> Root = new(FindRoot);

    /// <summary>The captures folder, <c>tests/captures</c> of the repository.</summary>
    public static string Directory => Root.Value;

    /// <summary>Full path of a capture, e.g. "pomona/frary_eatec_2025-12-01_to_2025-12-07.json"; fails the test when absent.</summary>
    public static string PathOf(string relative)
    {
        var path = Path.Combine(Directory, relative);
        if (!File.Exists(path))
        {
            Assert.Fail($"capture tests/captures/{relative} not found in {Directory}");
        }

        return path;
    }

    public static string ReadText(string relative) => File.ReadAllText(PathOf(relative));

    /// <summary>Walks up from the test binaries to the repository root (the folder with DiningMenus.sln).</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DiningMenus.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"DiningMenus.sln not found above {AppContext.BaseDirectory}");
    }

    private static string FindRoot()
    {
        var captures = Path.Combine(RepositoryRoot(), "tests", "captures");
        return System.IO.Directory.Exists(captures)
            ? captures
            : throw new DirectoryNotFoundException($"tests/captures not found at {captures}");
    }
}
