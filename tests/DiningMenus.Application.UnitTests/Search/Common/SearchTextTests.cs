using DiningMenus.Application.Search.Common;

namespace DiningMenus.Application.UnitTests.Search.Common;

public sealed class SearchTextTests
{
    [TestCase("bulgogi")]
    [TestCase("Bulgógi")]
    [TestCase(" pork bulg ")]
    [TestCase("7")]
    public void A_name_or_part_of_one_is_a_search_kept_as_written(string q)
    {
        Assert.That(SearchText.TryParse(q, out var search, out var problem), Is.True);
        Assert.That((search?.Text, problem), Is.EqualTo(((string?)q, (string?)null)));
    }

    [TestCase(null)]
    [TestCase("")]
    [TestCase("   ")]
    public void Nothing_to_search_is_required(string? q)
    {
        Assert.That(SearchText.TryParse(q, out var search, out var problem), Is.False);
        Assert.That((search, problem), Is.EqualTo(((SearchText?)null, (string?)"q is required: a dish name or part of one.")));
    }

    [Test]
    public void One_hundred_characters_are_searched_and_one_more_is_refused()
    {
        Assert.That(SearchText.TryParse(new string('a', SearchText.MaxLength), out _, out _), Is.True);
        Assert.That(SearchText.TryParse(new string('a', SearchText.MaxLength + 1), out _, out var problem), Is.False);
        Assert.That(problem, Is.EqualTo("q is 101 characters long; at most 100 are allowed."));
    }

    [TestCase("!!")]
    [TestCase("- / -")]
    [TestCase("\u0301")]
    public void Punctuation_alone_names_no_dish(string q)
    {
        Assert.That(SearchText.TryParse(q, out _, out var problem), Is.False);
        Assert.That(problem, Is.EqualTo("q must contain a letter or a digit."));
    }
}
