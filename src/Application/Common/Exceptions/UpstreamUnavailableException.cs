namespace DiningMenus.Application.Common.Exceptions;

/// <summary>Every source failed and no good copy of the date exists (becomes a 503 with Retry-After).</summary>
public sealed class UpstreamUnavailableException(string detail, TimeSpan retryAfter) : Exception(detail)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
