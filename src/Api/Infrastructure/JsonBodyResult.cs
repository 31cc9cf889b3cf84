using Microsoft.AspNetCore.Mvc;

namespace DiningMenus.Api.Infrastructure;

/// <summary>Writes JSON already serialized (by <see cref="HttpCacheHeadersFilter"/>, which hashed these bytes for the ETag).</summary>
public sealed class JsonBodyResult(byte[] body) : IActionResult
{
    public async Task ExecuteResultAsync(ActionContext context)
    {
        var response = context.HttpContext.Response;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = body.Length;
        await response.Body.WriteAsync(body, context.HttpContext.RequestAborted);
    }
}
