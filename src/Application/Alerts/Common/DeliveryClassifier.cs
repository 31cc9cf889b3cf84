namespace DiningMenus.Application.Alerts.Common;

/// <summary>Standard Webhooks' reading of a receiver's answer: success, try again later, or give up.</summary>
public static class DeliveryClassifier
{
    /// <param name="statusCode">The HTTP status, or null when no answer came (network error, timeout).</param>
    public static DeliveryOutcome Classify(int? statusCode) => statusCode switch
    {
        null => DeliveryOutcome.Retry,
        >= 200 and < 300 => DeliveryOutcome.Delivered,
        408 or 429 => DeliveryOutcome.Retry,
        >= 500 => DeliveryOutcome.Retry,
        _ => DeliveryOutcome.Final,
    };
}
