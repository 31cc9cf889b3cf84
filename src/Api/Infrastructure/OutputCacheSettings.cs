namespace DiningMenus.Api.Infrastructure;

/// <summary>The <c>OutputCache</c> configuration section.</summary>
public sealed class OutputCacheSettings
{
    public const string SectionName = "OutputCache";

    public const string PolicyName = "public-answers";

    /// <summary>
    /// How long a finished public answer (its bytes and headers) is replayed from memory before the request
    /// runs through MVC again. Short, like the L1 cache, so instances agree within seconds. 0 turns it off.
    /// </summary>
    public int Seconds { get; set; } = 5;
}
