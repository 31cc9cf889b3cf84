using System.Net;
using DiningMenus.Application.Common.Models;
using Polly.CircuitBreaker;
using Polly.Timeout;

namespace DiningMenus.Infrastructure.Http;

/// <summary>Performs one upstream GET and turns every way it can go wrong into a <see cref="SourceFailure"/>.</summary>
public static class UpstreamHttp
{
    public static async Task<UpstreamBody> GetTextAsync(
        this HttpClient http, Uri url, Action<HttpRequestMessage>? configure, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, url);
            configure?.Invoke(request);
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseContentRead, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                return Fail(SourceFailureKind.HttpError, $"HTTP {(int)response.StatusCode} from {url.Host}{url.AbsolutePath}");
            }

            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            return string.IsNullOrWhiteSpace(text)
                ? Fail(SourceFailureKind.Malformed, $"empty body from {url.Host}{url.AbsolutePath}")
                : new UpstreamBody(text, null);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is TimeoutRejectedException or TaskCanceledException or TimeoutException)
        {
            return Fail(SourceFailureKind.Timeout, $"timed out reading {url.Host}{url.AbsolutePath}");
        }
        catch (BrokenCircuitException)
        {
            return Fail(SourceFailureKind.Unreachable, $"circuit open for {url.Host}");
        }
        catch (HttpRequestException ex) when (ex.HttpRequestError == HttpRequestError.ConfigurationLimitExceeded)
        {
            return Fail(SourceFailureKind.Malformed, $"body from {url.Host} exceeds the configured size limit");
        }
        catch (IOException ex)
        {
            return Fail(SourceFailureKind.Unreachable, $"connection to {url.Host} broke: {ex.Message}");
        }
        catch (InvalidOperationException ex)
        {
            // ReadAsStringAsync throws this for a charset it does not know.
            return Fail(SourceFailureKind.Malformed, $"unreadable body from {url.Host}: {ex.Message}");
        }
        catch (HttpRequestException ex)
        {
            var status = ex.StatusCode is HttpStatusCode code ? $" (HTTP {(int)code})" : string.Empty;
            return Fail(SourceFailureKind.Unreachable, $"{url.Host} unreachable{status}: {ex.HttpRequestError}");
        }
    }

    private static UpstreamBody Fail(SourceFailureKind kind, string reason) => new(null, new SourceFailure(kind, reason));
}
