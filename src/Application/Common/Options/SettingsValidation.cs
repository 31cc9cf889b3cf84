using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Common.Options;

/// <summary>
/// Runs a <see cref="SettingsValidator{TOptions}"/> as the options validator of <typeparamref name="TOptions"/>:
/// at start (ValidateOnStart) and whenever the options are rebuilt. Failures become an
/// <see cref="OptionsValidationException"/> whose message lists every bad key.
/// </summary>
public sealed class SettingsValidation<TOptions>(SettingsValidator<TOptions> validator) : IValidateOptions<TOptions>
    where TOptions : class
{
    public ValidateOptionsResult Validate(string? name, TOptions options)
    {
        // Only the unnamed instance is bound from the section; named instances are someone else's.
        if (!string.IsNullOrEmpty(name))
        {
            return ValidateOptionsResult.Skip;
        }

        var result = validator.Validate(options);
        return result.IsValid
            ? ValidateOptionsResult.Success
            : ValidateOptionsResult.Fail(result.Errors.Select(failure => failure.ErrorMessage));
    }
}
