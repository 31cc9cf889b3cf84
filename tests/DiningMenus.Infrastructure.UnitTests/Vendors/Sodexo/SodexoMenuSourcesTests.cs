using DiningMenus.Infrastructure.UnitTests.Http;
using System.Net;
using DiningMenus.Application.Common.Models;
using DiningMenus.Domain.Halls;
using DiningMenus.Domain.Menus;
using DiningMenus.Infrastructure.Halls;
using DiningMenus.Infrastructure.Http;
using DiningMenus.Infrastructure.Vendors.Sodexo;
using Microsoft.Extensions.Options;

namespace DiningMenus.Infrastructure.UnitTests.Vendors.Sodexo;

/// <summary>The three sources over a stub handler: URLs, headers, the redirect seam and when each one answers.</summary>
public sealed class SodexoMenuSourcesTests
{
    private static readonly Hall Hoch = new("hoch", "Hoch-Shanahan", "hmc", VendorType.Sodexo);
    private static readonly DateOnly Saturday = new(2025, 11, 15);

    private static IOptions<VendorHalls<SodexoHallSettings>> Halls() => Options.Create(new VendorHalls<SodexoHallSettings>
    {
        ["hoch"] = new()
        {
            LocationId = "13147001",
            MenuId = "15258",
            LocationPageUrl = "https://hmc.sodexomyway.com/en-us/locations/hoch-shanahan-dining-commons",
        },
    });

    private static SodexoClient Client(StubHttpHandler handler, SodexoOptions? sodexo = null, string? redirect = null) => new(
        new HttpClient(handler),
        new UpstreamUrls(Options.Create(new UpstreamOptions { RedirectBaseUrl = redirect })),
        Options.Create(sodexo ?? new SodexoOptions()));

    [Test]
    public async Task Api_source_asks_for_the_date_with_the_key_and_parses_the_meals()
    {
        var handler = new StubHttpHandler("""[{"name": "DINNER", "groups": [{"name": "GRILL", "items": [{"formalName": "Burger"}]}]}]""");
        var options = new SodexoOptions { ApiKey = "test-key" };
        var source = new SodexoApiMenuSource(Client(handler, options), Halls(), Options.Create(options));

        var result = await source.ReadAsync(Hoch, Saturday, CancellationToken.None);

        Assert.That(result.DayFor(Saturday)?.Meals.Single().Period, Is.EqualTo(MealPeriod.Dinner));
        var request = handler.Requests.Single();
        Assert.That(request.Url, Is.EqualTo("https://api-prd.sodexomyway.net/v0.2/data/menu/13147001/15258?date=2025-11-15"));
        Assert.That(request.Headers, Does.Contain("API-Key: test-key"));
        Assert.That(request.Headers, Does.Contain("Accept: application/json"));
        Assert.That((source.Name, source.Priority, source.Vendor), Is.EqualTo(("sodexo-api", 0, VendorType.Sodexo)));
    }

    [Test]
    public async Task Api_source_without_a_key_is_not_applicable()
    {
        var handler = new StubHttpHandler("[]");
        var noKey = new SodexoOptions { ApiKey = " " };

        var withoutKey = await new SodexoApiMenuSource(Client(handler, noKey), Halls(), Options.Create(noKey)).ReadAsync(Hoch, Saturday, CancellationToken.None);

        Assert.That(withoutKey.Failure?.Kind, Is.EqualTo(SourceFailureKind.NotApplicable));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task Api_source_turns_a_login_page_or_a_403_into_typed_failures()
    {
        var login = new StubHttpHandler("<html><body>Please sign in</body></html>");
        var forbidden = new StubHttpHandler("denied", HttpStatusCode.Forbidden);

        var keyed = new SodexoOptions { ApiKey = "test-key" };
        var malformed = await new SodexoApiMenuSource(Client(login, keyed), Halls(), Options.Create(keyed)).ReadAsync(Hoch, Saturday, CancellationToken.None);
        var httpError = await new SodexoApiMenuSource(Client(forbidden, keyed), Halls(), Options.Create(keyed)).ReadAsync(Hoch, Saturday, CancellationToken.None);

        Assert.That(malformed.Failure?.Kind, Is.EqualTo(SourceFailureKind.Malformed));
        Assert.That(httpError.Failure?.Kind, Is.EqualTo(SourceFailureKind.HttpError));
    }

    [Test]
    public async Task Location_page_answers_for_its_own_date_through_the_redirect_seam()
    {
        var handler = new StubHttpHandler(SodexoPreloadedStateParserTests.HochLocationPage());
        var friday2139Pacific = new FixedClock(new DateTimeOffset(2025, 11, 15, 5, 40, 0, TimeSpan.Zero));
        var source = new SodexoLocationPageMenuSource(Client(handler, redirect: "http://127.0.0.1:9000"), Halls(), friday2139Pacific);

        var result = await source.ReadAsync(Hoch, Saturday, CancellationToken.None);

        SodexoMenuSectionsParserTests.AssertHochSaturday(SodexoMenuSectionsParserTests.OpenDay(result));
        Assert.That(handler.Requests.Single().Url, Is.EqualTo("http://127.0.0.1:9000/hmc.sodexomyway.com/en-us/locations/hoch-shanahan-dining-commons"));
        Assert.That((source.Name, source.Priority), Is.EqualTo(("sodexo-location-page", 1)));
    }

    [Test]
    public async Task Location_page_is_not_applicable_for_another_date()
    {
        var handler = new StubHttpHandler(SodexoPreloadedStateParserTests.HochLocationPage());
        var clock = new FixedClock(new DateTimeOffset(2025, 11, 15, 5, 40, 0, TimeSpan.Zero));
        var source = new SodexoLocationPageMenuSource(Client(handler), Halls(), clock);

        var friday = await source.ReadAsync(Hoch, new DateOnly(2025, 11, 14), CancellationToken.None);
        var sunday = await source.ReadAsync(Hoch, new DateOnly(2025, 11, 16), CancellationToken.None);

        Assert.That(friday.Failure?.Kind, Is.EqualTo(SourceFailureKind.NotApplicable));
        Assert.That(sunday.Failure?.Kind, Is.EqualTo(SourceFailureKind.NotApplicable));
        Assert.That(handler.Requests, Is.Empty);
    }

    [Test]
    public async Task Location_page_showing_another_date_than_expected_is_a_wrong_date()
    {
        // Our clock says Sunday (UTC) but the page still shows Saturday, e.g. a cached page.
        var handler = new StubHttpHandler(SodexoPreloadedStateParserTests.HochLocationPage());
        var source = new SodexoLocationPageMenuSource(Client(handler), Halls(), new FixedClock(new DateTimeOffset(2025, 11, 16, 1, 0, 0, TimeSpan.Zero)));

        var result = await source.ReadAsync(Hoch, new DateOnly(2025, 11, 16), CancellationToken.None);

        Assert.That(result.Failure?.Kind, Is.EqualTo(SourceFailureKind.WrongDate));
        Assert.That(result.Days, Is.Empty);
    }

    [Test]
    public async Task BiteMenu_source_asks_for_the_week_of_the_date()
    {
        const string Json = """[{"date": "2025-11-15T00:00:00", "dayParts": [{"dayPartName": "BRUNCH", "courses": [{"courseName": "GRILL SCR", "menuItems": [{"formalName": "Waffle"}]}]}]}]""";
        var handler = new StubHttpHandler("<div id='nutData' class='hide'>" + WebUtility.HtmlEncode(Json) + "</div>");
        var source = new SodexoBiteMenuSource(Client(handler), Halls());

        var result = await source.ReadAsync(Hoch, Saturday, CancellationToken.None);

        Assert.That(result.DayFor(Saturday)?.Meals.Single().Stations.Single().Name, Is.EqualTo("GRILL"));
        Assert.That(handler.Requests.Single().Url, Is.EqualTo("https://menus.sodexomyway.com/BiteMenu/MenuOnly?menuId=15258&locationId=13147001&startdate=11/15/2025"));
        Assert.That((source.Name, source.Priority), Is.EqualTo(("sodexo-bitemenu", 2)));
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }

}
