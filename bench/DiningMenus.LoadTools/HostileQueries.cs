using System.Text;

namespace DiningMenus.LoadTools;

/// <summary>
/// Seeded generator of hostile query strings for <c>/api/v2/menus</c>: bad and extreme dates, huge values,
/// unicode, injection payloads, repeated / missing / empty / misnamed parameters and percent-encoding garbage,
/// mixed with a few valid requests so that the cached and upstream paths are exercised too.
/// </summary>
internal sealed class HostileQueries(int seed)
{
    private static readonly string[] Halls =
    [
        "frary", "frank", "oldenborg", "collins", "malott", "mcconnell", "hoch", "FRARY", "Frary", " frary", "frary ",
        "unknown", "", "frary\0", "ｆｒａｒｙ", "frâry", "фрари", "🍽️", "frary';--", "' OR '1'='1", "<script>alert(1)</script>",
        "../../etc/passwd", "..%2f..%2fetc%2fpasswd", "frary\r\nX-Injected: 1", "*", "frary:*", "menus:v1:day:frary:2025-12-01",
        "${jndi:ldap://127.0.0.1/a}", "{{7*7}}", "null", "undefined", "[]", "{}", "frary,collins", "frary&hall_id=collins",
        "0", "-1", "\u202Efrary", "FRARY\u0301", "hoch-shanahan", "Hoch",
    ];

    private static readonly string[] Dates =
    [
        "2025-12-01", "2025-12-03", "2025-12-07", "2025-11-15", "2026-02-07", "2025-12-15", "2025-13-01", "2025-02-30",
        "2025-12-00", "2025-12-1", "20251201", "2025/12/01", "12/01/2025", "2025-12-01T18:00:00Z", "2025-12-01 00:00",
        " 2025-12-01", "2025-12-01 ", "-0001-01-01", "0000-00-00", "0001-01-01", "9999-12-31", "99999-12-31", "2147483647",
        "-2147483648", "1e308", "NaN", "today", "yesterday", "", "２０２５-１２-０１", "2025‐12‐01", "2025-12-01'--",
        "1900-01-01", "2100-01-01", "2025-12-01\0", "2025-W49-1", "2025-335", "+2025-12-01", "0x7E9-12-01",
    ];

    private static readonly string[] Meals =
    [
        "dinner", "lunch", "breakfast", "brunch", "late_night", "DINNER", "Dinner", " dinner", "dinner ", "late night",
        "late-night", "supper", "snack", "", "0", "-1", "dinner;DROP TABLE menus", "<img src=x onerror=alert(1)>", "🍕",
        "ужин", "dinner\0", "lunch,dinner",
    ];

    private static readonly string[] Garbage =
    [
        "%", "%%", "%zz", "%2", "%0", "%00", "%C0%AE%C0%AE", "%FF%FE", "%E2%82", "%u0066rary", "%25zz", "%%32%35",
        "%F0%9F", "%ED%A0%80", "+", "&", "=", "==", "&&&", "?", "#", "\\", "%0d%0a",
    ];

    private static readonly string[] Junk =
    [
        "foo=bar", "hall_id[]=frary", "HALL_ID=frary", "hall_id[0]=frary", "date[]=2025-12-01", "meal[$ne]=1", "=", "&&",
        "__proto__[x]=1", "constructor=1", "callback=alert", "format=xml", "hall%5Fid=frary",
    ];

    private readonly Random _random = new(seed);

    public string Next()
    {
        var roll = _random.NextDouble();
        if (roll < 0.04)
        {
            return RandomBytes();
        }

        if (roll < 0.07)
        {
            return Parameter("hall_id", Huge()) + "&date=2025-12-01&meal=dinner";
        }

        var parts = new List<string>();
        AddParameter(parts, "hall_id", Halls);
        AddParameter(parts, "date", Dates);
        AddParameter(parts, "meal", Meals);
        if (_random.NextDouble() < 0.2)
        {
            parts.Add(Pick(Junk));
        }

        if (_random.NextDouble() < 0.1)
        {
            parts.Insert(_random.Next(parts.Count + 1), Pick(Garbage));
        }

        if (_random.NextDouble() < 0.5)
        {
            Shuffle(parts);
        }

        return string.Join("&", parts);
    }

    private void AddParameter(List<string> parts, string name, string[] values)
    {
        var roll = _random.NextDouble();
        if (roll < 0.12)
        {
            return; // missing
        }

        if (roll < 0.16)
        {
            parts.Add(name); // name without a value
            return;
        }

        if (roll < 0.2)
        {
            parts.Add(name + "=" + Pick(Garbage));
            return;
        }

        var repeats = roll < 0.28 ? _random.Next(2, 4) : 1;
        for (var i = 0; i < repeats; i++)
        {
            parts.Add(Parameter(name, roll < 0.24 && i == 0 ? Huge() : Pick(values)));
        }
    }

    /// <summary>Printable ASCII goes half the time as it is ('&amp;' and '=' included, to break the structure); anything else is percent-encoded as UTF-8.</summary>
    private string Parameter(string name, string value)
    {
        var raw = value.All(c => c is > ' ' and < (char)127 && c != '#') && _random.NextDouble() < 0.5;
        return name + "=" + (raw ? value : Uri.EscapeDataString(value));
    }

    private string Huge()
    {
        int[] lengths = [64, 1_000, 4_000, 7_000, 9_000, 20_000];
        var length = lengths[_random.Next(lengths.Length)];
        var unit = Pick(["9", "frary", "a%00", "2025-12-01", "é"]);
        var text = new StringBuilder(length + unit.Length);
        while (text.Length < length)
        {
            text.Append(unit);
        }

        return text.ToString();
    }

    private string RandomBytes()
    {
        var bytes = new byte[_random.Next(1, 200)];
        _random.NextBytes(bytes);
        var text = new StringBuilder();
        foreach (var b in bytes)
        {
            // Printable ASCII raw, the rest as %XX: every byte value reaches the server.
            text.Append(b is > 0x20 and < 0x7F and not (byte)'#' and not (byte)'%' ? ((char)b).ToString() : $"%{b:X2}");
        }

        return text.ToString();
    }

    private string Pick(string[] values) => values[_random.Next(values.Length)];

    private void Shuffle(List<string> parts)
    {
        for (var i = parts.Count - 1; i > 0; i--)
        {
            var j = _random.Next(i + 1);
            (parts[i], parts[j]) = (parts[j], parts[i]);
        }
    }
}
