using DiningMenus.Application;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.UnitTests.TestData;

/// <summary>AddInfrastructure over an in-memory configuration: one hall of each vendor, with the changes a test makes.</summary>
internal static class InfrastructureHost
{
    public static Dictionary<string, string?> OneHallPerVendor() => new()
    {
        ["Halls:frary:Name"] = "Frary",
        ["Halls:frary:College"] = "pomona",
        ["Halls:frary:Color"] = "#20438F",
        ["Halls:frary:Vendor"] = "Pomona",
        ["Halls:frary:Order"] = "1",
        ["Halls:frary:FeedUrl"] = "https://api.pomona.edu/eatec/Frary.json",
        ["Halls:frary:HallPageUrl"] = "https://www.pomona.edu/administration/dining/menus/frary",
        ["Halls:collins:Name"] = "Collins",
        ["Halls:collins:College"] = "cmc",
        ["Halls:collins:Vendor"] = "BonAppetit",
        ["Halls:collins:Order"] = "2",
        ["Halls:collins:CafePageUrl"] = "https://collins-cmc.cafebonappetit.com/cafe/collins/{date}/",
        ["Halls:hoch:Name"] = "Hoch-Shanahan",
        ["Halls:hoch:College"] = "hmc",
        ["Halls:hoch:Vendor"] = "Sodexo",
        ["Halls:hoch:Order"] = "3",
        ["Halls:hoch:LocationId"] = "13147001",
        ["Halls:hoch:MenuId"] = "15258",
    };

    public static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        // As the host does: the Cache section (used by both layers) is registered with the Application's settings.
        return new ServiceCollection().AddLogging().AddApplication(configuration).AddInfrastructure(configuration).BuildServiceProvider();
    }

    /// <summary>What the host's start-up validation (ValidateOnStart) reports, one message per bad key; empty when all is well.</summary>
    public static IReadOnlyList<string> StartFailures(Dictionary<string, string?> settings)
    {
        using var provider = Build(settings);
        try
        {
            provider.GetRequiredService<IStartupValidator>().Validate();
            return [];
        }
        catch (OptionsValidationException invalid)
        {
            return [.. invalid.Failures];
        }
        catch (AggregateException invalid)
        {
            return [.. invalid.InnerExceptions.OfType<OptionsValidationException>().SelectMany(e => e.Failures).Distinct()];
        }
    }

    public static Dictionary<string, string?> With(this Dictionary<string, string?> settings, string key, string? value)
    {
        settings[key] = value;
        return settings;
    }
}
