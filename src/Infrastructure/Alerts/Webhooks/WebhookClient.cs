using System.Globalization;
using System.Text;
using DiningMenus.Application.Alerts.Common;

namespace DiningMenus.Infrastructure.Alerts.Webhooks;

/// <summary>
/// POSTs one signed delivery (typed HttpClient: <c>Alerts:DeliveryTimeoutSeconds</c>, redirects not followed, no
/// proxy, connections only to allowed addresses). Never throws for what the receiver or the network does: the
/// answer says what happened.
/// </summary>
public sealed class WebhookClient(HttpClient http, TimeProvider clock)
{
    public async Task<WebhookAnswer> PostAsync(Uri url, string messageId, long timestamp, string signature, string body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new StringContent(body, Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("webhook-id", messageId);
        request.Headers.Add("webhook-timestamp", timestamp.ToString(CultureInfo.InvariantCulture));
        request.Headers.Add("webhook-signature", signature);
        try
        {
            using var response = await http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            var status = (int)response.StatusCode;
            var retryAfter = DeliveryBackoff.ReadRetryAfter(response.Headers.RetryAfter?.Delta, response.Headers.RetryAfter?.Date, clock.GetUtcNow());
            return new WebhookAnswer(status, retryAfter, status is >= 200 and < 300 ? null : $"HTTP {status} {response.ReasonPhrase}".TrimEnd());
        }
        catch (HttpRequestException ex) when (RefusedIn(ex) is { } refused)
        {
            return new WebhookAnswer(null, null, refused.Message, Refused: true);
        }
        catch (HttpRequestException ex)
        {
            return new WebhookAnswer(null, null, ex.Message);
        }
        catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            return new WebhookAnswer(null, null, $"No answer within {http.Timeout.TotalSeconds:0} s.");
        }
    }

    private static RefusedWebhookTargetException? RefusedIn(Exception exception)
    {
        for (var inner = exception; inner is not null; inner = inner.InnerException)
        {
            if (inner is RefusedWebhookTargetException refused)
            {
                return refused;
            }
        }

        return null;
    }
}
