namespace DiningMenus.Application.Common.Models;

/// <summary>Why a menu source gave no menu; every kind sends the orchestrator to the next fallback.</summary>
public enum SourceFailureKind
{
    /// <summary>Connection refused, DNS, TLS, or the resilience pipeline gave up.</summary>
    Unreachable,

    /// <summary>A non-success HTTP status.</summary>
    HttpError,

    /// <summary>The request exceeded its timeout.</summary>
    Timeout,

    /// <summary>The body was not the expected format (truncated, HTML instead of JSON, wrong shape).</summary>
    Malformed,

    /// <summary>The body was a valid menu, but for another date.</summary>
    WrongDate,

    /// <summary>
    /// The source named a URL the service will not fetch (a discovered feed URL that is not https or not on an
    /// allowed host): not requested at all.
    /// </summary>
    UntrustedUrl,

    /// <summary>This source cannot answer this request (e.g. a "today only" page asked for another day).</summary>
    NotApplicable,
}
