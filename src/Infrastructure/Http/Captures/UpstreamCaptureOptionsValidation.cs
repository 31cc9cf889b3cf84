using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Http.Captures;

/// <summary>
/// Stops the service at start when <c>Upstream:ReplayDirectory</c> names a folder without a readable
/// <c>routes.json</c> or whose manifest names a missing file: replay would otherwise answer 404 to everything.
/// </summary>
public sealed class UpstreamCaptureOptionsValidation(IHostEnvironment? environment = null) : IValidateOptions<UpstreamOptions>
{
    public ValidateOptionsResult Validate(string? name, UpstreamOptions options)
    {
        var replay = UpstreamCaptures.FullPath(options.ReplayDirectory, environment);
        if (replay is null)
        {
            return ValidateOptionsResult.Success;
        }

        IReadOnlyList<CapturedResponse> entries;
        try
        {
            entries = CaptureManifest.Read(replay);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return ValidateOptionsResult.Fail($"{UpstreamOptions.SectionName}:{nameof(UpstreamOptions.ReplayDirectory)}: {ex.Message}");
        }

        var missing = entries.Where(e => !File.Exists(Path.Combine(replay, e.File))).Select(e => e.File).ToList();
        return missing.Count == 0
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(
                $"{UpstreamOptions.SectionName}:{nameof(UpstreamOptions.ReplayDirectory)}: {Path.Combine(replay, CaptureManifest.FileName)} "
                + $"names files that are not there: {string.Join(", ", missing)}");
    }
}
