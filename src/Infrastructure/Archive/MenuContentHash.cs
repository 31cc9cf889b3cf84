using System.Security.Cryptography;
using System.Text.Json;
using DiningMenus.Domain.Menus;

namespace DiningMenus.Infrastructure.Archive;

/// <summary>
/// SHA-256 (lower-case hex) of what a day serves: status, meals, hours, stations and every item field, in the
/// source's order. Where or when it was read is left out, so that a re-read of an unchanged menu hashes the same.
/// </summary>
public static class MenuContentHash
{
    public static string Of(DayMenu day) =>
        Convert.ToHexStringLower(SHA256.HashData(JsonSerializer.SerializeToUtf8Bytes(new { day.Status, day.Meals })));
}
