namespace DiningMenus.Infrastructure.Parsing;

/// <summary>
/// Finds JSON embedded in page scripts (<c>Bamco.menu_items = {…};</c>) by counting brackets outside strings,
/// so that a <c>;</c>, <c>}</c> or <c>\"</c> inside a string value never ends the value early.
/// </summary>
public static class BalancedJson
{
    /// <summary>
    /// Where the value of an assignment starts: <paramref name="afterTarget"/> points just past the assigned
    /// name; whitespace, one <c>=</c> and whitespace must follow, then <c>{</c> or <c>[</c>. Otherwise -1.
    /// </summary>
    public static int ValueStartAfterAssignment(string text, int afterTarget)
    {
        var i = SkipWhitespace(text, afterTarget);
        if (i >= text.Length || text[i] != '=' || (i + 1 < text.Length && text[i + 1] == '='))
        {
            return -1; // "==" is a comparison, not an assignment
        }

        i = SkipWhitespace(text, i + 1);
        return i < text.Length && text[i] is '{' or '[' ? i : -1;
    }

    /// <summary>
    /// Length of the object or array that starts at <paramref name="text"/>[0], up to and including its closing
    /// bracket; null when it never closes (a truncated page). Bracket kinds are not matched here: the JSON
    /// parser that reads the value rejects a mismatch.
    /// </summary>
    public static int? MeasureValue(ReadOnlySpan<char> text)
    {
        var depth = 0;
        var inString = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++; // the escaped character (\" or \\) cannot end the string
                }
                else if (c == '"')
                {
                    inString = false;
                }

                continue;
            }

            switch (c)
            {
                case '"':
                    inString = true;
                    break;
                case '{' or '[':
                    depth++;
                    break;
                case '}' or ']':
                    depth--;
                    if (depth == 0)
                    {
                        return i + 1;
                    }

                    break;
            }
        }

        return null;
    }

    /// <summary>
    /// The object assigned after the first occurrence of <paramref name="marker"/> that is followed (past
    /// whitespace, '=' or ':') by '{', e.g. <c>window.__PRELOADED_STATE__ = {...}</c>. False when there is no
    /// such occurrence or its object never closes.
    /// </summary>
    public static bool TryExtractObject(string text, string marker, out string json)
    {
        json = string.Empty;
        if (string.IsNullOrEmpty(text) || string.IsNullOrEmpty(marker))
        {
            return false;
        }

        for (var at = text.IndexOf(marker, StringComparison.Ordinal); at >= 0; at = text.IndexOf(marker, at + 1, StringComparison.Ordinal))
        {
            var open = at + marker.Length;
            while (open < text.Length && (char.IsWhiteSpace(text[open]) || text[open] is '=' or ':'))
            {
                open++;
            }

            if (open < text.Length && text[open] == '{')
            {
                if (MeasureValue(text.AsSpan(open)) is not { } length)
                {
                    return false;
                }

                json = text.Substring(open, length);
                return true;
            }
        }

        return false;
    }

    private static int SkipWhitespace(string text, int i)
    {
        while (i < text.Length && char.IsWhiteSpace(text[i]))
        {
            i++;
        }

        return i;
    }
}
