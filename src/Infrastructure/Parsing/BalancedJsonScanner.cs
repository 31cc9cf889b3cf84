namespace DiningMenus.Infrastructure.Parsing;

/// <summary>
/// Cuts a JSON object out of a page's script, e.g. <c>window.__PRELOADED_STATE__ = {...};</c>. Counts braces
/// outside JSON strings only, because menu text holds braces and the statement's end is not reliably a ';'
/// (a regex such as <c>[^;]+</c> breaks on the first semicolon inside a string).
/// </summary>
public static class BalancedJsonScanner
{
    /// <summary>
    /// The object assigned after the first occurrence of <paramref name="marker"/> that is followed (past
    /// whitespace, '=' or ':') by '{'. False when no such occurrence exists or its object never closes.
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
            var open = SkipAssignment(text, at + marker.Length);
            if (open < text.Length && text[open] == '{')
            {
                return TryExtractObjectAt(text, open, out json);
            }
        }

        return false;
    }

    /// <summary>The balanced object starting at <paramref name="openBrace"/>, which must index a '{'.</summary>
    public static bool TryExtractObjectAt(string text, int openBrace, out string json)
    {
        json = string.Empty;
        if (openBrace < 0 || openBrace >= text.Length || text[openBrace] != '{')
        {
            return false;
        }

        var end = FindClosingBrace(text, openBrace);
        if (end < 0)
        {
            return false;
        }

        json = text[openBrace..(end + 1)];
        return true;
    }

    private static int SkipAssignment(string text, int index)
    {
        while (index < text.Length && (char.IsWhiteSpace(text[index]) || text[index] is '=' or ':'))
        {
            index++;
        }

        return index;
    }

    /// <summary>Index of the '}' closing the object at <paramref name="start"/>, or -1 when the text ends first.</summary>
    private static int FindClosingBrace(string text, int start)
    {
        var depth = 0;
        var inString = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inString)
            {
                if (c == '\\')
                {
                    i++; // the escaped character cannot end the string
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
                case '{':
                    depth++;
                    break;
                case '}' when --depth == 0:
                    return i;
            }
        }

        return -1;
    }
}
