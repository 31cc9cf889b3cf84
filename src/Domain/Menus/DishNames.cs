using System.Globalization;
using System.Text;

namespace DiningMenus.Domain.Menus;

/// <summary>
/// When two served names are the same dish: "Crème Brûlée", "creme brulee" and "CRÈME-BRÛLÉE" are. The
/// normalized name is lower case, without accents, with "&amp;" read as "and" and every other run of
/// punctuation or spaces as one space; it is what the archive groups and searches dishes by.
/// </summary>
public static class DishNames
{
    public static string Normalize(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue; // the accent of a decomposed letter
            }

            switch (c)
            {
                case '&':
                    // A word of its own even when written "Mac&Cheese".
                    Space(builder);
                    builder.Append("and ");
                    break;
                case 'ß': builder.Append("ss"); break;
                case 'æ' or 'Æ': builder.Append("ae"); break;
                case 'œ' or 'Œ': builder.Append("oe"); break;
                case 'ø' or 'Ø': builder.Append('o'); break;
                case 'ł' or 'Ł': builder.Append('l'); break;
                default:
                    if (char.IsLetterOrDigit(c))
                    {
                        builder.Append(char.ToLowerInvariant(c));
                    }
                    else
                    {
                        Space(builder);
                    }

                    break;
            }
        }

        return builder.ToString().TrimEnd();
    }

    /// <summary>The words of a normalized name.</summary>
    public static string[] Words(string normalized) => normalized.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    /// <summary>One space between words, none at the start.</summary>
    private static void Space(StringBuilder builder)
    {
        if (builder.Length > 0 && builder[^1] != ' ')
        {
            builder.Append(' ');
        }
    }
}
