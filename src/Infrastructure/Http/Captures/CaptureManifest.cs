using System.Text.Json;
using System.Text.Json.Serialization;

namespace DiningMenus.Infrastructure.Http.Captures;

/// <summary>Reads and writes a capture folder's manifest, <c>routes.json</c>: a JSON array of <see cref="CapturedResponse"/>.</summary>
public static class CaptureManifest
{
    public const string FileName = "routes.json";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>The entries of <paramref name="directory"/>/routes.json; fails, naming the file, when it is missing or unreadable.</summary>
    public static IReadOnlyList<CapturedResponse> Read(string directory)
    {
        var path = Path.Combine(directory, FileName);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"{path} not found: a capture folder holds its bodies and a {FileName} naming the URL each answers", path);
        }

        try
        {
            return JsonSerializer.Deserialize<List<CapturedResponse>>(File.ReadAllText(path), Json) ?? [];
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"{path} is not a list of captured responses: {ex.Message}", ex);
        }
    }

    /// <summary>Replaces the manifest in one step (written beside it, then moved), so a reader never sees half a file.</summary>
    public static void Write(string directory, IEnumerable<CapturedResponse> entries)
    {
        var path = Path.Combine(directory, FileName);
        var temp = $"{path}.{Guid.NewGuid():N}.tmp";
        File.WriteAllText(temp, JsonSerializer.Serialize(entries.ToList(), Json) + "\n");
        File.Move(temp, path, overwrite: true);
    }
}
