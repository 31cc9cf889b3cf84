using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.Common.Options;

public static class SettingsRegistration
{
    /// <summary>
    /// Binds <typeparamref name="TOptions"/> to <paramref name="section"/> and validates it with
    /// <typeparamref name="TValidator"/> when the host starts: a bad value stops the service at start with a
    /// message naming the key, instead of failing inside a request. Read it with <c>IOptions&lt;TOptions&gt;</c>.
    /// </summary>
    public static OptionsBuilder<TOptions> AddValidatedOptions<TOptions, TValidator>(this IServiceCollection services, IConfigurationSection section)
        where TOptions : class
        where TValidator : SettingsValidator<TOptions>, new()
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<TOptions>>(
            new SettingsValidation<TOptions>(new TValidator { Path = section.Path })));
        return services.AddOptions<TOptions>().Bind(section).ValidateOnStart();
    }

    /// <summary>
    /// The settings of <paramref name="section"/> as the bound type, for the few decisions that must be taken
    /// while services are registered (is Redis configured? which telemetry exporter?). Everything else reads
    /// <c>IOptions&lt;TOptions&gt;</c>. The same type is registered with
    /// <see cref="AddValidatedOptions{TOptions, TValidator}"/> too, so a bad value still stops the start.
    /// </summary>
    public static TOptions ReadAtRegistration<TOptions>(this IConfigurationSection section)
        where TOptions : class, new()
    {
        var settings = new TOptions();
        section.Bind(settings);
        return settings;
    }
}
