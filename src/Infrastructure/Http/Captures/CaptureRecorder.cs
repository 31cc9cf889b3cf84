using System.Net;
using System.Text;
using Microsoft.Extensions.Logging;

namespace DiningMenus.Infrastructure.Http.Captures;

/// <summary>
/// Saves upstream responses into a capture folder (<c>Upstream:RecordDirectory</c>): each body byte for byte under
/// <c>{host}/</c>, and an entry appended to the folder's <c>routes.json</c>. The folder is then a replay directory
/// as it stands, and its files and entries can be copied into <c>tests/captures</c> to make a live failure a test.
/// A response that cannot be saved is logged and otherwise ignored: recording never changes what the service gets.
/// </summary>
public sealed partial class CaptureRecorder(string directory, TimeProvider clock, ILogger<CaptureRecorder> logger)
{
    private const int MaxNameLength = 100;

    private readonly SemaphoreSlim _gate = new(1, 1);
    private List<CapturedResponse>? _entries;

    public string Directory { get; } = Path.GetFullPath(directory);

    public async Task RecordAsync(Uri url, HttpStatusCode status, string? contentType, byte[] body)
    {
        // Not cancellable: a caller giving up must not leave a body without its manifest entry.
        await _gate.WaitAsync();
        try
        {
            System.IO.Directory.CreateDirectory(Directory);
            _entries ??= File.Exists(Path.Combine(Directory, CaptureManifest.FileName)) ? [.. CaptureManifest.Read(Directory)] : [];
            var recordedAt = clock.GetUtcNow();
            var file = FreeFileName(url, contentType, recordedAt);
            var path = Path.Combine(Directory, file);
            System.IO.Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await File.WriteAllBytesAsync(path, body);
            _entries.Add(new CapturedResponse
            {
                Url = url.AbsoluteUri,
                File = file,
                ContentType = contentType ?? "application/octet-stream",
                Status = (int)status,
                RecordedAt = recordedAt,
            });
            CaptureManifest.Write(Directory, _entries);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            LogNotRecorded(logger, url, Directory, ex.Message);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>"api.pomona.edu/eatec_Frary.20261130T164502123Z.json": host folder, path and query, the time received.</summary>
    private string FreeFileName(Uri url, string? contentType, DateTimeOffset recordedAt)
    {
        var path = url.AbsolutePath.Trim('/');
        var urlExtension = Path.GetExtension(path);
        var name = Safe(path[..^urlExtension.Length].Replace('/', '_')) + (url.Query.Length > 1 ? "_" + Safe(url.Query[1..]) : string.Empty);
        name = name.Length == 0 ? "index" : name[..Math.Min(name.Length, MaxNameLength)];
        var stem = $"{Safe(url.Authority)}/{name}.{recordedAt.UtcDateTime:yyyyMMdd'T'HHmmssfff'Z'}";
        var extension = ExtensionOf(contentType) ?? (urlExtension.Length > 0 ? Safe(urlExtension) : ".body");
        var file = stem + extension;
        for (var n = 2; File.Exists(Path.Combine(Directory, file)); n++)
        {
            file = $"{stem}-{n}{extension}";
        }

        return file;
    }

    private static string? ExtensionOf(string? contentType) => contentType?.Split(';')[0].Trim().ToLowerInvariant() switch
    {
        "text/html" or "application/xhtml+xml" => ".html",
        "application/json" or "text/json" => ".json",
        "application/javascript" or "text/javascript" => ".js",
        "text/plain" => ".txt",
        "application/xml" or "text/xml" => ".xml",
        _ => null,
    };

    /// <summary>Letters, digits, '.', '-' and '_' only, so the name is valid on every file system.</summary>
    private static string Safe(string text)
    {
        var safe = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            safe.Append(char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '-');
        }

        return safe.ToString();
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not record the response of {Url} into {Directory}: {Reason}")]
    private static partial void LogNotRecorded(ILogger logger, Uri url, string directory, string reason);
}
