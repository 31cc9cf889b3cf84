namespace DiningMenus.Application.Common.Exceptions;

/// <summary>The menu archive's database could not answer a search (becomes a 503 with Retry-After).</summary>
public sealed class ArchiveUnavailableException(string detail, TimeSpan retryAfter, Exception? inner = null) : Exception(detail, inner)
{
    public TimeSpan RetryAfter { get; } = retryAfter;
}
