using System.Text.Json;
using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.UnitTests.Parsing;

public sealed class BalancedJsonExtractObjectTests
{
    private const string Marker = "window.__PRELOADED_STATE__";

    [Test]
    public void Extracts_the_assigned_object_and_stops_at_its_closing_brace()
    {
        const string Page = """<script>window.__PRELOADED_STATE__ = {"a": {"b": [1, {"c": 2}]}};window.other = {"x": 1};</script>""";

        Assert.That(BalancedJson.TryExtractObject(Page, Marker, out var json), Is.True);
        Assert.That(json, Is.EqualTo("""{"a": {"b": [1, {"c": 2}]}}"""));
    }

    [Test]
    public void Braces_quotes_and_semicolons_inside_strings_do_not_count()
    {
        const string Page = """window.__PRELOADED_STATE__={"t": "a } b { c; \"}\" \\", "u": "</script>"} trailing }""";

        Assert.That(BalancedJson.TryExtractObject(Page, Marker, out var json), Is.True);
        using var document = JsonDocument.Parse(json);
        Assert.That(document.RootElement.GetProperty("t").GetString(), Is.EqualTo("a } b { c; \"}\" \\"));
        Assert.That(document.RootElement.GetProperty("u").GetString(), Is.EqualTo("</script>"));
    }

    [Test]
    public void A_mention_of_the_marker_without_an_object_is_skipped()
    {
        const string Page = """<!-- window.__PRELOADED_STATE__ is set below --><script>window.__PRELOADED_STATE__ = {"ok": true}</script>""";

        Assert.That(BalancedJson.TryExtractObject(Page, Marker, out var json), Is.True);
        Assert.That(json, Is.EqualTo("""{"ok": true}"""));
    }

    [TestCase("")]
    [TestCase("<html>no state here</html>")]
    [TestCase("window.__PRELOADED_STATE__ = null;")]
    [TestCase("""window.__PRELOADED_STATE__ = {"truncated": {"at": "the end""")]
    [TestCase("""window.__PRELOADED_STATE__ = {"open string: }}}""")]
    public void Missing_or_unterminated_objects_are_not_found(string text)
    {
        Assert.That(BalancedJson.TryExtractObject(text, Marker, out var json), Is.False);
        Assert.That(json, Is.Empty);
    }
}
