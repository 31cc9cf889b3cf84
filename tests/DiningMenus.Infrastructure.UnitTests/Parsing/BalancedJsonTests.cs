using DiningMenus.Infrastructure.Parsing;

namespace DiningMenus.Infrastructure.UnitTests.Parsing;

public sealed class BalancedJsonTests
{
    [TestCase("{}", 2)]
    [TestCase("{\"a\": [1, {\"b\": 2}]}; rest", 20)]
    [TestCase("{\"s\": \"} ; ] {\"}x", 16)]
    [TestCase("{\"s\": \"say \\\"hi\\\" }\"}", 21)]
    [TestCase("{\"s\": \"ends in backslash \\\\\"}", 29)]
    [TestCase("[\"a\", \"b\"];", 10)]
    public void Measures_up_to_the_closing_bracket_ignoring_strings(string text, int expected)
    {
        Assert.That(BalancedJson.MeasureValue(text), Is.EqualTo(expected));
        Assert.That(text[expected - 1], Is.AnyOf('}', ']'));
    }

    [TestCase("{\"a\": 1")]
    [TestCase("{\"a\": \"}")]
    [TestCase("")]
    public void An_unclosed_value_measures_null(string text) => Assert.That(BalancedJson.MeasureValue(text), Is.Null);

    [TestCase("Bamco.menu_items = {}", 19)]
    [TestCase("Bamco.menu_items={}", 17)]
    [TestCase("Bamco.menu_items =\n\t[1]", 20)]
    [TestCase("Bamco.menu_items_nonce = 'x'", -1)]
    [TestCase("Bamco.menu_items == {}", -1)]
    [TestCase("Bamco.menu_items = 'x'", -1)]
    [TestCase("Bamco.menu_items", -1)]
    public void Finds_the_value_of_an_assignment(string text, int expected) =>
        Assert.That(BalancedJson.ValueStartAfterAssignment(text, "Bamco.menu_items".Length), Is.EqualTo(expected));
}
