using DiningMenus.Domain.Halls;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.UnitTests.TestData;
using DiningMenus.Infrastructure.Vendors.BonAppetit;
using DiningMenus.Infrastructure.Vendors.Pomona;
using DiningMenus.Infrastructure.Vendors.Sodexo;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.UnitTests.Halls;

/// <summary>The Halls section: common settings, each vendor's typed settings, and the start-up checks on both.</summary>
public sealed class HallSettingsValidationTests
{
    [Test]
    public void One_hall_per_vendor_starts()
    {
        Assert.That(InfrastructureHost.StartFailures(InfrastructureHost.OneHallPerVendor()), Is.Empty);
    }

    [Test]
    public void Each_vendor_reads_only_its_own_halls_with_typed_settings()
    {
        using var provider = InfrastructureHost.Build(InfrastructureHost.OneHallPerVendor());

        var pomona = provider.GetRequiredService<IOptions<VendorHalls<PomonaHallSettings>>>().Value;
        var bonAppetit = provider.GetRequiredService<IOptions<VendorHalls<BonAppetitHallSettings>>>().Value;
        var sodexo = provider.GetRequiredService<IOptions<VendorHalls<SodexoHallSettings>>>().Value;

        Assert.That(pomona.Keys, Is.EqualTo(new[] { "frary" }));
        Assert.That(pomona["FRARY"].FeedUrl, Is.EqualTo("https://api.pomona.edu/eatec/Frary.json"), "ids are case-insensitive");
        Assert.That(bonAppetit.Keys, Is.EqualTo(new[] { "collins" }));
        Assert.That(bonAppetit["collins"].CafePageUrl, Does.Contain("{date}"));
        Assert.That(sodexo.Keys, Is.EqualTo(new[] { "hoch" }));
        Assert.That((sodexo["hoch"].LocationId, sodexo["hoch"].MenuId, sodexo["hoch"].LocationPageUrl), Is.EqualTo(("13147001", "15258", (string?)null)));
    }

    [Test]
    public void The_registry_lists_the_halls_in_order_with_their_vendor_and_colour()
    {
        using var provider = InfrastructureHost.Build(InfrastructureHost.OneHallPerVendor());

        var halls = provider.GetRequiredService<Application.Common.Interfaces.IHallRegistry>().All;

        Assert.That(halls, Is.EqualTo(new[]
        {
            new Hall("frary", "Frary", "pomona", VendorType.Pomona, "#20438F"),
            new Hall("collins", "Collins", "cmc", VendorType.BonAppetit),
            new Hall("hoch", "Hoch-Shanahan", "hmc", VendorType.Sodexo),
        }));
    }

    [TestCase("Halls:frary:FeedUrl", null, "'Halls:frary:FeedUrl' is required: the hall's Eatec feed")]
    [TestCase("Halls:frary:FeedUrl", "", "'Halls:frary:FeedUrl' is required: the hall's Eatec feed")]
    [TestCase("Halls:frary:FeedUrl", "api.pomona.edu/eatec/Frary.json", "'Halls:frary:FeedUrl' must be an absolute http or https URL")]
    [TestCase("Halls:frary:HallPageUrl", "ftp://www.pomona.edu/frary", "'Halls:frary:HallPageUrl' must be an absolute http or https URL")]
    [TestCase("Halls:collins:CafePageUrl", null, "'Halls:collins:CafePageUrl' is required: the café page with {date} for the date")]
    [TestCase("Halls:collins:CafePageUrl", "https://collins-cmc.cafebonappetit.com/cafe/collins/", "'Halls:collins:CafePageUrl' must contain {date}")]
    [TestCase("Halls:collins:CafePageUrl", "collins/{date}/", "'Halls:collins:CafePageUrl' must be an absolute http or https URL")]
    [TestCase("Halls:hoch:LocationId", null, "'Halls:hoch:LocationId' is required: Sodexo's location id")]
    [TestCase("Halls:hoch:MenuId", "menu 15258", "'Halls:hoch:MenuId' must be Sodexo's numeric menu id")]
    [TestCase("Halls:hoch:LocationPageUrl", "hoch", "'Halls:hoch:LocationPageUrl' must be an absolute http or https URL")]
    [TestCase("Halls:frary:Name", "", "'Halls:frary:Name' is required: the hall's display name")]
    [TestCase("Halls:frary:College", null, "'Halls:frary:College' is required: the college's slug")]
    [TestCase("Halls:frary:College", "Pomona College", "'Halls:frary:College' must be the college's lower-case slug")]
    [TestCase("Halls:frary:Color", "blue", "'Halls:frary:Color' must be a colour written #rrggbb")]
    [TestCase("Halls:frary:Order", "-1", "'Halls:frary:Order' must be greater than or equal to '0'")]
    [TestCase("Halls:frary:Vendor", null, "'Halls:frary:Vendor' is required: one of Pomona, BonAppetit, Sodexo")]
    [TestCase("Halls:frary:Vendor", "7", "'Halls:frary:Vendor' names 7, which no vendor folder registers")]
    public void A_bad_hall_setting_stops_the_start_naming_its_key(string key, string? value, string message)
    {
        var failures = InfrastructureHost.StartFailures(InfrastructureHost.OneHallPerVendor().With(key, value));

        Assert.That(failures, Has.Some.StartsWith(message));
    }

    [Test]
    public void A_pomona_hall_without_a_feed_fails_once_with_every_other_bad_key_reported_too()
    {
        var settings = InfrastructureHost.OneHallPerVendor()
            .With("Halls:frary:FeedUrl", null)
            .With("Halls:hoch:MenuId", null)
            .With("Halls:collins:Color", "red");

        var failures = InfrastructureHost.StartFailures(settings);

        Assert.That(failures, Has.Exactly(1).Contains("Halls:frary:FeedUrl"));
        Assert.That(failures, Has.Exactly(1).Contains("Halls:hoch:MenuId"));
        Assert.That(failures, Has.Exactly(1).Contains("Halls:collins:Color"));
    }

    [Test]
    public void A_vendor_that_does_not_convert_stops_the_start_instead_of_dropping_the_hall()
    {
        // Bound as a dictionary, the binder would silently leave this hall out; bound one hall at a time, it names the key.
        var settings = InfrastructureHost.OneHallPerVendor().With("Halls:penn:Name", "Penn").With("Halls:penn:Vendor", "Aramark");
        using var provider = InfrastructureHost.Build(settings);

        Assert.That(
            () => provider.GetRequiredService<IStartupValidator>().Validate(),
            Throws.InvalidOperationException.With.Message.Contains("'Halls:penn:Vendor'"));
    }

    [Test]
    public void No_hall_at_all_stops_the_start()
    {
        var failures = InfrastructureHost.StartFailures([]);

        Assert.That(failures, Has.Some.EqualTo("'Halls' must configure at least one hall."));
    }

    [Test]
    public void A_hall_id_that_is_not_url_safe_stops_the_start()
    {
        var settings = InfrastructureHost.OneHallPerVendor();
        foreach (var (key, value) in InfrastructureHost.OneHallPerVendor().Where(pair => pair.Key.StartsWith("Halls:frary:", StringComparison.Ordinal)))
        {
            settings[key.Replace("Halls:frary:", "Halls:fr ary:", StringComparison.Ordinal)] = value;
        }

        Assert.That(InfrastructureHost.StartFailures(settings), Has.Some.StartsWith("'Halls:fr ary': a hall id must be letters, digits and dashes"));
    }
}
