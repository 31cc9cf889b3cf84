namespace DiningMenus.Application.Alerts.Common;

/// <summary>How a delivery attempt ended, and what follows from it.</summary>
public enum DeliveryOutcome
{
    /// <summary>2xx: delivered.</summary>
    Delivered,

    /// <summary>Network error, timeout, 408, 429 or 5xx: tried again later while the retry window lasts.</summary>
    Retry,

    /// <summary>Any other answer (a 4xx, a redirect, which is not followed) or a refused target: failed for good.</summary>
    Final,
}
