using FluentValidation;

namespace DiningMenus.Application.Common.Options;

/// <summary>Rules that several settings classes share (URLs, host names).</summary>
public static class SettingsRules
{
    /// <summary>A value that must be there (null from JSON, or empty from an environment variable, is not).</summary>
    public static IRuleBuilderOptions<T, string?> Required<T>(this IRuleBuilder<T, string?> rule, string what) =>
        rule.NotEmpty().WithMessage($"'{{PropertyName}}' is required: {what}.");

    /// <summary>An absolute http or https URL.</summary>
    public static IRuleBuilderOptions<T, string?> AbsoluteHttpUrl<T>(this IRuleBuilder<T, string?> rule) =>
        rule.Must(IsAbsoluteHttpUrl).WithMessage("'{PropertyName}' must be an absolute http or https URL (got '{PropertyValue}').");

    /// <summary>A DNS host name such as portal.pomona.edu (no scheme, path or port).</summary>
    public static IRuleBuilderOptions<T, string> HostName<T>(this IRuleBuilder<T, string> rule) =>
        rule.Must(host => Uri.CheckHostName(host) == UriHostNameType.Dns)
            .WithMessage("'{PropertyName}' must hold host names such as portal.pomona.edu (got '{PropertyValue}').");

    public static bool IsAbsoluteHttpUrl(string? text) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
