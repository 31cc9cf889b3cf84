using Microsoft.AspNetCore.ResponseCompression;

namespace DiningMenus.Api.Infrastructure.OutputCaching;

/// <summary>
/// The content coding the response compression will choose for a request (br, gzip, or identity), as the
/// compression middleware itself decides from Accept-Encoding. Compression runs inside the output cache, so an
/// answer is kept once per coding and a replay is sent as stored, without compressing it again.
/// </summary>
public static class ResponseEncoding
{
    public const string Identity = "identity";

    public static string Of(HttpContext context, IResponseCompressionProvider compression) =>
        compression.CheckRequestAcceptsCompression(context)
            ? compression.GetCompressionProvider(context)?.EncodingName ?? Identity
            : Identity;
}
