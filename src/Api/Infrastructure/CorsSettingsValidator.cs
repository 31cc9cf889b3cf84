using DiningMenus.Application.Common.Options;
using FluentValidation;

namespace DiningMenus.Api.Infrastructure;

internal sealed class CorsSettingsValidator : SettingsValidator<CorsSettings>
{
    public CorsSettingsValidator()
    {
        // A browser sends its Origin as scheme://host[:port]; anything else (a path, a trailing slash, "*") never matches or opens too much.
        RuleForEach(o => o.AllowedOrigins).Must(BeAnOrigin)
            .WithMessage("'{PropertyName}' must hold origins written scheme://host[:port], e.g. https://menus.example.edu (got '{PropertyValue}').");
    }

    private static bool BeAnOrigin(string origin) =>
        SettingsRules.IsAbsoluteHttpUrl(origin)
        && Uri.TryCreate(origin, UriKind.Absolute, out var uri)
        && string.Equals(uri.GetLeftPart(UriPartial.Authority), origin, StringComparison.OrdinalIgnoreCase);
}
