namespace DiningMenus.Infrastructure.Alerts.Webhooks;

/// <summary>What one POST to a receiver gave: its status and Retry-After, or why none came; Refused when the target's address was not allowed.</summary>
public sealed record WebhookAnswer(int? StatusCode, TimeSpan? RetryAfter, string? Error, bool Refused = false);
