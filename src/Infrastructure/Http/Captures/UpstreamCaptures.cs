using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.Http.Captures;

/// <summary>
/// The replay folder and the recorder configured by <c>Upstream:ReplayDirectory</c> and <c>Upstream:RecordDirectory</c>
/// (relative paths are taken from the content root, or the current folder outside a host), each made once on first
/// use; null when not configured.
/// </summary>
public sealed class UpstreamCaptures
{
    private readonly Lazy<CaptureDirectory?> _replay;
    private readonly Lazy<CaptureRecorder?> _recorder;

    public UpstreamCaptures(
        IOptions<UpstreamOptions> options, TimeProvider clock, ILogger<CaptureRecorder> logger, IHostEnvironment? environment = null)
    {
        var replay = FullPath(options.Value.ReplayDirectory, environment);
        var record = FullPath(options.Value.RecordDirectory, environment);
        _replay = new(() => replay is null ? null : CaptureDirectory.Load(replay));
        _recorder = new(() => record is null ? null : new CaptureRecorder(record, clock, logger));
    }

    public CaptureDirectory? Replay => _replay.Value;

    public CaptureRecorder? Recorder => _recorder.Value;

    public static string? FullPath(string? configured, IHostEnvironment? environment) =>
        string.IsNullOrWhiteSpace(configured)
            ? null
            : Path.GetFullPath(configured, environment?.ContentRootPath ?? Directory.GetCurrentDirectory());
}
