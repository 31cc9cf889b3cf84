using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Api.Infrastructure;

internal sealed class AdminOptionsValidator : SettingsValidator<AdminOptions>
{
    /// <summary>Shorter keys are guessable; the admin endpoints can drop every cached menu.</summary>
    public const int MinKeyLength = 16;

    public AdminOptionsValidator()
    {
        // The key itself is never echoed in the message.
        RuleFor(o => o.ApiKey)
            .Must(key => key.Length >= MinKeyLength && !key.Any(char.IsWhiteSpace))
            .When(o => !string.IsNullOrEmpty(o.ApiKey))
            .WithMessage($"'{{PropertyName}}' must be empty (admin endpoints off) or at least {MinKeyLength} characters without spaces.");
    }
}
