using Microsoft.AspNetCore.Mvc.Controllers;

namespace DiningMenus.Api.Infrastructure.OutputCaching;

/// <summary>
/// How one endpoint's replayed answers are keyed: the query parameters of its <see cref="VariesByQueryAttribute"/>,
/// each with the type of the action parameter it binds (for <see cref="ReplayKeyValues"/>). Built once per endpoint.
/// </summary>
public sealed class ReplayKey
{
    private readonly (string Name, Type? Type)[] _parameters;

    private ReplayKey((string Name, Type? Type)[] parameters) => _parameters = parameters;

    public static ReplayKey For(Endpoint endpoint)
    {
        var names = endpoint.Metadata.GetMetadata<VariesByQueryAttribute>()?.Names ?? [];
        var action = endpoint.Metadata.GetMetadata<ControllerActionDescriptor>();
        return new ReplayKey([.. names.Select(name => (name, action?.Parameters
            .FirstOrDefault(p => string.Equals(p.BindingInfo?.BinderModelName ?? p.Name, name, StringComparison.OrdinalIgnoreCase))?.ParameterType))]);
    }

    /// <summary>
    /// "hall_id=frary&amp;date=2025-12-01&amp;meal=dinner&amp;tags" (an absent parameter is its bare name), or empty when the
    /// endpoint varies by no query parameter. With several values for a name the first counts, as for the binders.
    /// </summary>
    public string Of(IQueryCollection query, ReplayKeyValues values)
    {
        if (_parameters.Length == 0)
        {
            return string.Empty;
        }

        var parts = new string[_parameters.Length];
        for (var i = 0; i < parts.Length; i++)
        {
            var (name, type) = _parameters[i];
            parts[i] = query.TryGetValue(name, out var sent) && sent.Count > 0
                ? name + "=" + values.Of(type, sent[0] ?? string.Empty)
                : name;
        }

        return string.Join('&', parts);
    }
}
