using DiningMenus.Application.Alerts.Common;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.Net.Http.Headers;

namespace DiningMenus.Api.ModelBinding;

/// <summary>
/// <c>Authorization: Bearer whsec_…</c> → the <see cref="AlertCredential"/>. Never fails: a missing or malformed
/// header binds to no secret, which the alert routes answer as a wrong one (404), revealing nothing.
/// </summary>
public sealed class AlertCredentialModelBinder : IModelBinder
{
    private const string Bearer = "Bearer ";

    public Task BindModelAsync(ModelBindingContext bindingContext)
    {
        var header = bindingContext.HttpContext.Request.Headers[HeaderNames.Authorization].ToString();
        var credential = header.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase) && AlertSecret.TryParse(header[Bearer.Length..].Trim(), out var secret)
            ? new AlertCredential(secret)
            : AlertCredential.None;
        return bindingContext.Succeed(credential);
    }
}
