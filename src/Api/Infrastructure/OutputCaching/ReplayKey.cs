using Microsoft.AspNetCore.Mvc.Controllers;

namespace DiningMenus.Api.Infrastructure.OutputCaching;

/// <summary>
/// How one endpoint's replayed answers are keyed: the query parameters of its <see cref="VariesByQueryAttribute"/>,
/// each keyed by the rule of the action parameter's type (<see cref="ReplayKeyValues"/>). Built once per endpoint.
/// </summary>
public sealed class ReplayKey
{
    private readonly (string Name, Func<string, string> KeyText)[] _parameters;

    private ReplayKey((string Name, Func<string, string> KeyText)[] parameters) => _parameters = parameters;

    public static ReplayKey For(Endpoint endpoint, ReplayKeyValues values)
    {
        var names = endpoint.Metadata.GetMetadata<VariesByQueryAttribute>()?.Names ?? [];
        var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
        return new ReplayKey([.. names.Select(name => (name, values.For(action?.Parameters
            .FirstOrDefault(p => string.Equals(p.BindingInfo?.BinderModelName ?? p.Name, name, StringComparison.OrdinalIgnoreCase))?.ParameterType)))]);
    }

    /// <summary>
    /// "hall_id=frary&amp;date=2025-12-01&amp;meal=dinner&amp;tags" (an absent parameter is its bare name), or empty when the
    /// endpoint varies by no query parameter. With several values for a name the first counts, as for the binders.
    /// </summary>
    public string Of(IQueryCollection query)
    {
        if (_parameters.Length == 0)
        {
            return string.Empty;
        }

        var parts = new string[_parameters.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var (name, keyText) = _parameters[i];
            parts[i] = query.TryGetValue(name, out var sent) && sent.Count > 0
                ? name + "=" + keyText(sent[0] ?? string.Empty)
                : name;
        }

        return string.Join('&', parts);
    }
}
