using System.Diagnostics.CodeAnalysis;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Application.Search.Common;

/// <summary>
/// The <c>q</c> of a dish search, read once at the edge: 1 to <see cref="MaxLength"/> characters, with a letter or
/// a digit among them (what is left once case, accents and punctuation are folded by <see cref="DishNames"/>).
/// </summary>
public sealed record SearchText
{
    public const int MaxLength = 100;

    private SearchText(string text) => Text = text;

    /// <summary>The search as the client wrote it; answers echo it.</summary>
    public string Text { get; }

    /// <summary>Reads a client's <c>q</c>; <paramref name="problem"/> says what is wrong with one that is not a search.</summary>
    public static bool TryParse(string? text, [NotNullWhen(true)] out SearchText? search, [NotNullWhen(false)] out string? problem)
    {
        search = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            problem = "q is required: a dish name or part of one.";
        }
        else if (text.Length > MaxLength)
        {
            problem = $"q is {text.Length} characters long; at most {MaxLength} are allowed.";
        }
        else if (DishNames.Normalize(text).Length == 0)
        {
            problem = "q must contain a letter or a digit.";
        }
        else
        {
            problem = null;
            search = new SearchText(text);
            return true;
        }

        return false;
    }

    public override string ToString() => Text;
}
