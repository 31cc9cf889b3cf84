using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Infrastructure.Http;

/// <summary>Also keeps the values inside what the standard resilience handler accepts, which it checks only at the first request.</summary>
internal sealed class UpstreamOptionsValidator : SettingsValidator<UpstreamOptions>
{
    public UpstreamOptionsValidator()
    {
        RuleFor(o => o.RedirectBaseUrl).AbsoluteHttpUrl().When(o => !string.IsNullOrWhiteSpace(o.RedirectBaseUrl));
        RuleFor(o => o.MaxResponseBytes).GreaterThanOrEqualTo(1024);
        RuleFor(o => o.AttemptTimeoutSeconds).InclusiveBetween(1, 3600);
        RuleFor(o => o.TotalTimeoutSeconds).InclusiveBetween(1, 86_400);
        RuleFor(o => o.TotalTimeoutSeconds).GreaterThan(o => o.AttemptTimeoutSeconds)
            .WithMessage(o => $"'{KeyOf(nameof(o.TotalTimeoutSeconds))}' must be greater than {KeyOf(nameof(o.AttemptTimeoutSeconds))} ({o.AttemptTimeoutSeconds}): it bounds the attempts and their retries.");
        RuleFor(o => o.MaxRetryAttempts).InclusiveBetween(1, 10);
        RuleFor(o => o.RetryBaseDelayMilliseconds).InclusiveBetween(0, 60_000);
        RuleFor(o => o.CircuitBreakSeconds).InclusiveBetween(1, 86_400);
        RuleFor(o => o.UserAgent).Must(BeAUserAgent)
            .WithMessage("'{PropertyName}' must be a User-Agent header value such as DiningMenus/2.0 (got '{PropertyValue}').");
    }

    private static bool BeAUserAgent(string userAgent)
    {
        using var request = new HttpRequestMessage();
        return !string.IsNullOrWhiteSpace(userAgent) && request.Headers.UserAgent.TryParseAdd(userAgent);
    }
}
