namespace DiningMenus.Infrastructure.UnitTests.Http.RecordReplay;

/// <summary>A temporary folder for one test, deleted with everything in it.</summary>
internal sealed class CaptureFolder : IDisposable
{
    public string Path { get; } = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"diningmenus-captures-{Guid.NewGuid():N}");

    public CaptureFolder() => Directory.CreateDirectory(Path);

    public string Write(string relative, string text)
    {
        var path = System.IO.Path.Combine(Path, relative);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Path, recursive: true);
}
