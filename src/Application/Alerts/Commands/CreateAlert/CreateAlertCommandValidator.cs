using System.Net;
using DiningMenus.Application.Alerts.Common;
using FluentValidation;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Alerts.Commands.CreateAlert;

/// <summary>
/// The webhook's host must resolve, and only to addresses a webhook may reach (<see cref="WebhookAddressRules"/>):
/// one private address among public ones is refused too, since any of them may be the one connected to. The
/// dispatcher checks the address it actually connects to again, so a name re-pointed later gains nothing.
/// </summary>
public sealed class CreateAlertCommandValidator : AbstractValidator<CreateAlertCommand>
{
    public CreateAlertCommandValidator(IWebhookTargetResolver resolver, IOptions<AlertsOptions> options)
    {
        RuleFor(c => c.Alert.Url).CustomAsync(async (url, context, cancellationToken) =>
        {
            var allowLoopback = options.Value.AllowLoopbackTargets;
            IReadOnlyList<IPAddress> addresses = url.LiteralAddress is { } literal
                ? [literal]
                : await resolver.ResolveAsync(url.Uri.IdnHost, cancellationToken);
            if (addresses.Count == 0)
            {
                context.AddFailure("webhook_url", $"webhook_url's host '{url.Uri.Host}' does not resolve.");
            }
            else if (addresses.FirstOrDefault(a => !WebhookAddressRules.IsAllowed(a, allowLoopback)) is { } refused)
            {
                context.AddFailure("webhook_url", $"webhook_url's host '{url.Uri.Host}' resolves to {refused}, which is not a public internet address.");
            }
            else if (url.Uri.Scheme == Uri.UriSchemeHttp && !addresses.All(WebhookAddressRules.IsLoopback))
            {
                context.AddFailure("webhook_url", "webhook_url must use https; plain http is allowed only to loopback.");
            }
        });
    }
}
