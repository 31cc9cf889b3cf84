namespace DiningMenus.Api.Infrastructure;

/// <summary>
/// Caps the <c>max-age</c> <see cref="HttpCacheHeadersFilter"/> gives an action's answers, for answers that
/// age with the clock rather than with a cached menu (which halls are open now).
/// </summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class HttpCacheMaxAgeAttribute(int seconds) : Attribute
{
    public TimeSpan MaxAge { get; } = TimeSpan.FromSeconds(seconds);
}
