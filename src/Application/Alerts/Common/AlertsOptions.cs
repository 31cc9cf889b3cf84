namespace DiningMenus.Application.Alerts.Common;

/// <summary>The <c>Alerts</c> configuration section: dish alerts and their webhook deliveries.</summary>
public sealed class AlertsOptions
{
    public const string SectionName = "Alerts";

    /// <summary>Alerts one client (IP address) may hold at once.</summary>
    public int MaxPerClient { get; set; } = 20;

    /// <summary>Alert creations per client per <see cref="CreationWindowSeconds"/> (ASP.NET Core rate limiting).</summary>
    public int CreationPermitLimit { get; set; } = 10;

    public int CreationWindowSeconds { get; set; } = 3600;

    /// <summary>Deliveries in a row that end failed (final answer, or retries exhausted) before the alert is disabled.</summary>
    public int DisableAfterFailures { get; set; } = 5;

    /// <summary>Bound on one webhook request, connect to last byte of the answer's headers.</summary>
    public int DeliveryTimeoutSeconds { get; set; } = 10;

    /// <summary>How long after it was queued a delivery is retried.</summary>
    public int RetryWindowHours { get; set; } = 24;

    /// <summary>The first retry's delay; each further retry waits twice as long, up to <see cref="MaxBackoffMinutes"/>.</summary>
    public int InitialBackoffSeconds { get; set; } = 30;

    public int MaxBackoffMinutes { get; set; } = 60;

    /// <summary>How long an instance holds a delivery it claimed; longer than a delivery can take, so no other instance sends it meanwhile.</summary>
    public int LeaseSeconds { get; set; } = 60;

    /// <summary>How often the dispatcher looks for due deliveries (new ones queued by this instance are sent at once).</summary>
    public int PollIntervalSeconds { get; set; } = 5;

    /// <summary>Tests and development only: loopback targets allowed, and plain http to them.</summary>
    public bool AllowLoopbackTargets { get; set; }

    public TimeSpan DeliveryTimeout => TimeSpan.FromSeconds(DeliveryTimeoutSeconds);

    public TimeSpan RetryWindow => TimeSpan.FromHours(RetryWindowHours);

    public TimeSpan InitialBackoff => TimeSpan.FromSeconds(InitialBackoffSeconds);

    public TimeSpan MaxBackoff => TimeSpan.FromMinutes(MaxBackoffMinutes);

    public TimeSpan Lease => TimeSpan.FromSeconds(LeaseSeconds);

    public TimeSpan PollInterval => TimeSpan.FromSeconds(PollIntervalSeconds);
}
