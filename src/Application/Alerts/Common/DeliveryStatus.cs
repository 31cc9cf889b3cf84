namespace DiningMenus.Application.Alerts.Common;

/// <summary>Where a delivery stands.</summary>
public enum DeliveryStatus
{
    /// <summary>Queued or waiting for its next attempt.</summary>
    Pending,

    Delivered,

    /// <summary>A final answer, a refused target, or the retry window ended.</summary>
    Failed,

    /// <summary>Its alert was disabled before it could be sent.</summary>
    Cancelled,
}
