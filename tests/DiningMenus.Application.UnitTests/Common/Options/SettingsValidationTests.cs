using DiningMenus.Application.Common.Options;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiningMenus.Application.UnitTests.Common.Options;

/// <summary>The settings pattern every options class follows: bound, validated at start, failures naming the key.</summary>
public sealed class SettingsValidationTests
{
    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
        return new ServiceCollection().AddApplication(configuration).BuildServiceProvider();
    }

    [Test]
    public void The_menus_section_is_bound()
    {
        using var provider = Build(new() { ["Menus:MaxDaysBack"] = "30", ["Menus:RetryAfterSeconds"] = "120" });

        var menus = provider.GetRequiredService<IOptions<MenusOptions>>().Value;

        Assert.That((menus.MaxDaysBack, menus.MaxDaysAhead, menus.RetryAfterSeconds), Is.EqualTo((30, 14, 120)));
    }

    [Test]
    public void A_bad_value_fails_the_start_validation_naming_every_bad_key()
    {
        using var provider = Build(new() { ["Menus:MaxDaysAhead"] = "-1", ["Menus:RetryAfterSeconds"] = "0" });

        var invalid = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(invalid.Failures, Is.EqualTo(new[]
        {
            "'Menus:MaxDaysAhead' must be between 0 and 36500. You entered -1.",
            "'Menus:RetryAfterSeconds' must be between 1 and 86400. You entered 0.",
        }));
        Assert.That(invalid.Message, Does.Contain("Menus:MaxDaysAhead").And.Contain("Menus:RetryAfterSeconds"));
    }

    [TestCase("0")]
    [TestCase("86401")]
    public void The_search_index_refresh_is_validated_at_start(string seconds)
    {
        using var provider = Build(new() { ["Search:IndexRefreshSeconds"] = seconds });

        var invalid = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IStartupValidator>().Validate());

        Assert.That(invalid.Failures, Is.EqualTo(new[] { $"'Search:IndexRefreshSeconds' must be between 1 and 86400. You entered {seconds}." }));
    }

    [Test]
    public void Rules_are_named_by_the_path_they_validate_and_stop_at_their_first_failure()
    {
        var validator = new UrlsValidator { Path = "Halls:penn" };

        var failures = validator.Validate(new Urls { Page = null, Other = "not a url" }).Errors.Select(e => e.ErrorMessage);

        Assert.That(failures, Is.EqualTo(new[]
        {
            "'Halls:penn:Page' is required: the page.",
            "'Halls:penn:Other' must be an absolute http or https URL (got 'not a url').",
        }));
    }

    [Test]
    public void One_validator_instance_serves_concurrent_validations()
    {
        var validator = new UrlsValidator { Path = "Urls" };

        var results = Enumerable.Range(0, 64).AsParallel().Select(_ => validator.Validate(new Urls()).Errors.Single().ErrorMessage).ToList();

        Assert.That(results, Has.All.EqualTo("'Urls:Page' is required: the page."));
    }

    [Test]
    public void Reading_at_registration_binds_the_type_with_its_defaults()
    {
        var section = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?> { ["Menus:MaxDaysAhead"] = "3" })
            .Build().GetSection(MenusOptions.SectionName);

        var menus = section.ReadAtRegistration<MenusOptions>();

        Assert.That((menus.MaxDaysBack, menus.MaxDaysAhead), Is.EqualTo((7, 3)));
    }

    private sealed class Urls
    {
        public string? Page { get; set; }

        public string? Other { get; set; } = "https://example.edu/";
    }

    private sealed class UrlsValidator : SettingsValidator<Urls>
    {
        public UrlsValidator()
        {
            RuleFor(u => u.Page).Required("the page").AbsoluteHttpUrl();
            RuleFor(u => u.Other).AbsoluteHttpUrl();
        }
    }
}
