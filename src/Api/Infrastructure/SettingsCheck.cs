using System.Reflection;
using Microsoft.Extensions.Options;

namespace DiningMenus.Api.Infrastructure;

/// <summary>
/// Validates every settings class before the host starts, so that a bad value ends the process with one
/// line per bad key on stderr and exit code 78 (EX_CONFIG) instead of two stack traces. A host embedded in
/// another process (WebApplicationFactory) gets the <see cref="OptionsValidationException"/> itself.
/// </summary>
public static class SettingsCheck
{
    /// <summary>EX_CONFIG of sysexits.h: "something was found in an unconfigured or misconfigured state".</summary>
    public const int InvalidConfigurationExitCode = 78;

    /// <summary>Writes the failures to stderr and returns true when a setting is invalid.</summary>
    public static bool ReportInvalidSettings(this WebApplication app)
    {
        if (Assembly.GetEntryAssembly() != typeof(SettingsCheck).Assembly)
        {
            // Embedded (WebApplicationFactory): throw now, while the host is alive. Failing later, inside Run, disposes
            // the host, and the embedder may then see an ObjectDisposedException instead of the validation failure.
            app.Services.GetRequiredService<IStartupValidator>().Validate();
            return false;
        }

        var failures = Failures(app.Services);
        if (failures.Count == 0)
        {
            return false;
        }

        Console.Error.WriteLine("DiningMenus does not start: invalid configuration.");
        foreach (var failure in failures)
        {
            Console.Error.WriteLine("  " + failure);
        }

        return true;
    }

    /// <summary>Every failure message of every settings class, each naming its configuration key.</summary>
    public static IReadOnlyList<string> Failures(IServiceProvider services)
    {
        try
        {
            services.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException invalid)
        {
            return [.. invalid.Failures];
        }
        catch (AggregateException invalid) when (invalid.InnerExceptions.All(e => e is OptionsValidationException))
        {
            // Distinct: options built from other options (the resilience handlers' from Upstream) repeat their failures.
            return [.. invalid.InnerExceptions.Cast<OptionsValidationException>().SelectMany(e => e.Failures).Distinct()];
        }
        catch (InvalidOperationException unreadable)
        {
            // The binder's own failure, e.g. "Failed to convert configuration value at 'Cache:JitterSeconds' to type 'System.Int32'."
            return [unreadable.Message];
        }
    }
}
