namespace DiningMenus.Api.Infrastructure.RateLimiting;

/// <summary>Which bucket a request spends from.</summary>
public enum RateLimitBucket
{
    /// <summary>Its client address's bucket (<c>RateLimiting:Client</c>).</summary>
    Client,

    /// <summary>The admin key's bucket (<c>RateLimiting:Admin</c>): public traffic from the same address cannot empty it.</summary>
    Admin,

    /// <summary>None: a health probe from this machine (the orchestrator's liveness check must never be refused).</summary>
    Exempt,
}
