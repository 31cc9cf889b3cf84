namespace DiningMenus.Tests.Shared;

/// <summary>
/// The real upstream captures live beside the repository in ../shared/fixtures and are read in place,
/// never copied. Tests that need them are ignored with a clear message when the folder is absent.
/// </summary>
internal static class SharedFixtures
{
    private static readonly Lazy<string?> Root = new(FindRoot);

    /// <summary>The fixtures folder, or null when ../shared/fixtures is not beside the repository.</summary>
    public static string? Directory => Root.Value;

    /// <summary>Full path of a capture, e.g. "pomona/frary_eatec_2025-12-01_to_2025-12-07.json"; ignores the test when absent.</summary>
    public static string PathOf(string relative)
    {
        var root = RequireDirectory();
        var path = Path.Combine(root, relative);
        if (!File.Exists(path))
        {
            Assert.Ignore($"ignored: ../shared/fixtures/{relative} not found");
        }

        return path;
    }

    public static string ReadText(string relative) => File.ReadAllText(PathOf(relative));

    public static string RequireDirectory() => Directory ?? IgnoreMissing();

    private static string IgnoreMissing()
    {
        Assert.Ignore("ignored: ../shared/fixtures not found");
        return string.Empty;
    }

    /// <summary>Walks up from the test binaries to the repository root (the folder with DiningMenus.sln).</summary>
    public static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "DiningMenus.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string? FindRoot()
    {
        var repo = RepositoryRoot();
        if (repo is null)
        {
            return null;
        }

        var fixtures = Path.GetFullPath(Path.Combine(repo, "..", "shared", "fixtures"));
        return System.IO.Directory.Exists(fixtures) ? fixtures : null;
    }
}
