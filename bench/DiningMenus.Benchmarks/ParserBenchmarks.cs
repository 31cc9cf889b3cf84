using System.Text.Json;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using DiningMenus.Application.Common.Models;
using DiningMenus.Infrastructure.Vendors.BonAppetit;
using DiningMenus.Infrastructure.Vendors.Pomona;
using DiningMenus.Infrastructure.Vendors.Sodexo;
using HtmlAgilityPack;

namespace DiningMenus.Benchmarks;

/// <summary>
/// Each vendor's parser on a real capture, against the floor of only loading the same text into the library the
/// parser reads it with (HtmlAgilityPack for the Bon Appétit page, System.Text.Json for the Eatec and Sodexo
/// feeds). The floor is each category's baseline, so the Ratio column reads "times the floor".
/// </summary>
[MemoryDiagnoser]
[GroupBenchmarksBy(BenchmarkLogicalGroupRule.ByCategory)]
[CategoriesColumn]
public class ParserBenchmarks
{
    private static readonly DateOnly CollinsDate = new(2026, 2, 7);
    private static readonly DateOnly HochDate = new(2025, 11, 15);

    private string _collinsPage = string.Empty;
    private string _fraryFeed = string.Empty;
    private ReadOnlyMemory<char> _fraryJson;
    private string _hochSections = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _collinsPage = Fixtures.Read("bonappetit/collins_2026-02-07.html");

        // The real Eatec body is JSONP: /**/ menuData( … ); around the week's JSON, as the fake upstream serves it.
        const string prefix = "/**/ menuData(";
        var json = Fixtures.Read("pomona/frary_eatec_2025-12-01_to_2025-12-07.json");
        _fraryFeed = prefix + json + ");";
        _fraryJson = _fraryFeed.AsMemory(prefix.Length, json.Length);

        _hochSections = Fixtures.Read("sodexo/hoch_menu-sections_2025-11-15_excerpt.json");

        // Fail fast rather than time a parser that rejects its input.
        Check(BonAppetitCollinsPage(), "Bon Appétit");
        Check(EatecFraryWeek(), "Eatec");
        Check(SodexoHochSections(), "Sodexo");
    }

    [Benchmark(Description = "Bon Appétit Collins page (1.5 MB): BonAppetitPageParser.Parse")]
    [BenchmarkCategory("BonAppetit")]
    public MenuReadResult BonAppetitCollinsPage() => BonAppetitPageParser.Parse(_collinsPage, "collins", CollinsDate);

    [Benchmark(Baseline = true, Description = "floor: HtmlDocument.LoadHtml of the same page")]
    [BenchmarkCategory("BonAppetit")]
    public HtmlDocument BonAppetitCollinsLoadOnly()
    {
        var document = new HtmlDocument();
        document.LoadHtml(_collinsPage);
        return document;
    }

    [Benchmark(Description = "Eatec Frary week (2.8 MB JSONP): EatecFeedParser.Parse")]
    [BenchmarkCategory("Eatec")]
    public MenuReadResult EatecFraryWeek() => EatecFeedParser.Parse(_fraryFeed, "frary");

    [Benchmark(Baseline = true, Description = "floor: JsonDocument.Parse of the same JSON")]
    [BenchmarkCategory("Eatec")]
    public JsonValueKind EatecFraryLoadOnly()
    {
        using var document = JsonDocument.Parse(_fraryJson);
        return document.RootElement.ValueKind;
    }

    [Benchmark(Description = "Sodexo Hoch sections (170 KB): SodexoMenuSectionsParser.Parse")]
    [BenchmarkCategory("Sodexo")]
    public MenuReadResult SodexoHochSections() => SodexoMenuSectionsParser.Parse(_hochSections, "hoch", HochDate);

    [Benchmark(Baseline = true, Description = "floor: JsonDocument.Parse of the same JSON")]
    [BenchmarkCategory("Sodexo")]
    public JsonValueKind SodexoHochLoadOnly()
    {
        using var document = JsonDocument.Parse(_hochSections);
        return document.RootElement.ValueKind;
    }

    private static void Check(MenuReadResult result, string vendor)
    {
        if (!result.Succeeded || result.Days.Count == 0)
        {
            throw new InvalidOperationException($"{vendor} capture did not parse: {result.Failure}");
        }
    }
}
