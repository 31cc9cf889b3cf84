using System.Collections.Concurrent;
using System.Text;

namespace DiningMenus.Infrastructure.Http.Captures;

/// <summary>
/// A folder of captured upstream responses indexed by the URL each answers (its <c>routes.json</c>): what the
/// in-process replay and <c>tools/FakeUpstream</c> both serve, so the two answer every URL alike. A later entry for
/// the same URL wins (the recorder appends). Bodies are read once and kept.
/// </summary>
public sealed class CaptureDirectory
{
    private readonly ConcurrentDictionary<string, CapturedResponse> _routes = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, byte[]> _bodies = new(StringComparer.OrdinalIgnoreCase);

    private CaptureDirectory(string root) => Root = root;

    /// <summary>The folder that entries' files are relative to.</summary>
    public string Root { get; }

    /// <summary>The folder's manifest, indexed; fails, naming the file, when it has none.</summary>
    public static CaptureDirectory Load(string directory)
    {
        var captures = new CaptureDirectory(Path.GetFullPath(directory));
        foreach (var entry in CaptureManifest.Read(captures.Root))
        {
            captures.Add(entry);
        }

        return captures;
    }

    /// <summary>A folder that answers nothing until entries are added.</summary>
    public static CaptureDirectory Empty(string root) => new(Path.GetFullPath(root));

    /// <summary>Adds or replaces the entry for its URL.</summary>
    public void Add(CapturedResponse entry)
    {
        var key = Key(new Uri(entry.Url, UriKind.Absolute));
        _routes[key] = entry;
        _bodies.TryRemove(key, out _);
    }

    /// <summary>The entry for the URL's host, path and query, else one for its host and path given without a query.</summary>
    public bool TryFind(Uri url, out CapturedResponse entry, out byte[] body)
    {
        var exact = Key(url);
        var key = _routes.ContainsKey(exact) ? exact : Key(url, withQuery: false);
        if (!_routes.TryGetValue(key, out entry!))
        {
            body = [];
            return false;
        }

        var found = entry;
        body = _bodies.GetOrAdd(key, _ => ReadBody(found));
        return true;
    }

    private byte[] ReadBody(CapturedResponse entry)
    {
        var bytes = File.ReadAllBytes(Path.Combine(Root, entry.File));
        return entry.Wrap is { Length: > 0 } callback
            ? [.. Encoding.UTF8.GetBytes($"/**/ {callback}("), .. bytes, .. Encoding.UTF8.GetBytes(");")]
            : bytes;
    }

    /// <summary>"api.pomona.edu/eatec/Frary.json" (+ "?query"): the scheme, letter case and a trailing slash do not matter.</summary>
    private static string Key(Uri url, bool withQuery = true)
    {
        var key = $"{url.Authority}/{url.AbsolutePath.Trim('/')}";
        return withQuery && url.Query.Length > 1 ? $"{key}{url.Query}" : key;
    }
}
