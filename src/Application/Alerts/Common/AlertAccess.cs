using DiningMenus.Application.Common.Exceptions;

namespace DiningMenus.Application.Alerts.Common;

/// <summary>
/// The one door to an existing alert: found and its secret presented, else a 404 whose words are the same whether
/// the alert does not exist or the secret is wrong or missing, so that a caller without the secret learns nothing.
/// </summary>
public static class AlertAccess
{
    public static async Task<StoredAlert> OpenAsync(IAlertStore store, string id, AlertCredential credential, CancellationToken cancellationToken)
    {
        var alert = await store.FindAsync(id, cancellationToken);
        // Compared even when there is no alert, against a throw-away key: the answer takes as long either way.
        var matches = AlertSecret.Matches(alert?.Key ?? NoKey, credential.Secret);
        if (alert is null || !matches)
        {
            throw new NotFoundException($"No alert '{id}' for the secret given. Send the alert's secret as Authorization: Bearer whsec_…");
        }

        return alert;
    }

    private static readonly byte[] NoKey = new byte[AlertSecret.KeyBytes];
}
