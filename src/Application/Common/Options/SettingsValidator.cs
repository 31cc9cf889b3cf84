using FluentValidation;
using FluentValidation.Results;

namespace DiningMenus.Application.Common.Options;

/// <summary>
/// The FluentValidation rules of one settings class. Every rule is named by its configuration key
/// (<see cref="Path"/>:Property, e.g. <c>Cache:JitterSeconds</c>), so an operator reading
/// "'Cache:JitterSeconds' must be greater than or equal to '0'" knows which key to change.
/// Registered with <see cref="SettingsRegistration.AddValidatedOptions{TOptions, TValidator}"/>; kept
/// <c>internal</c> in each project so the request-validator scan never picks one up.
/// </summary>
public abstract class SettingsValidator<TOptions> : AbstractValidator<TOptions>
{
    private readonly Lock _naming = new();
    private bool _named;

    /// <summary>Each rule stops at its first failure: a missing value is reported as missing, not also as malformed.</summary>
    protected SettingsValidator()
    {
        RuleLevelCascadeMode = CascadeMode.Stop;
    }

    /// <summary>Where the settings are bound from: <c>Cache</c>, <c>Halls:frank</c>.</summary>
    public string Path { get; init; } = string.Empty;

    /// <summary>The configuration key of a property, for messages that name a second key (cross-field rules).</summary>
    protected string KeyOf(string property) => Path.Length == 0 ? property : $"{Path}:{property}";

    protected override bool PreValidate(ValidationContext<TOptions> context, ValidationResult result)
    {
        NameRulesByKey();
        return base.PreValidate(context, result);
    }

    // Done on first use, not in the constructor: the rules are added by the derived constructor, after this one ran.
    private void NameRulesByKey()
    {
        lock (_naming)
        {
            if (_named)
            {
                return;
            }

            foreach (var rule in this)
            {
                if (!string.IsNullOrEmpty(rule.PropertyName))
                {
                    rule.SetDisplayName(KeyOf(rule.PropertyName.Replace('.', ':')));
                }
            }

            _named = true;
        }
    }
}
