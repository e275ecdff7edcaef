using Ontwikkelagenda.Web.Common.Toegang;

namespace Ontwikkelagenda.Web.Aanmelden;

/// <summary>
/// The web's own token (client credentials, scope agenda-api) for what no user asks: the one stream of changes from
/// Agenda.Api, which says only which scopes changed. Fetched again when less than a minute is left.
/// </summary>
public sealed class WebToken(TokenEindpunt eindpunt, TimeProvider tijd) : IDisposable
{
    private readonly SemaphoreSlim eenTegelijk = new(1, 1);
    private Aanmelding? huidig;

    public async Task<string> AccessTokenAsync(CancellationToken cancellationToken)
    {
        await eenTegelijk.WaitAsync(cancellationToken);
        try
        {
            if (huidig is null || huidig.VerlooptOm - tijd.GetUtcNow() <= GebruikersTokens.Marge)
            {
                huidig = await eindpunt.ClientCredentialsAsync(Scopes.AgendaApi, cancellationToken)
                    ?? throw new HttpRequestException("De identiteitsdienst gaf de web geen eigen token (client credentials van de client web).");
            }
            return huidig.AccessToken;
        }
        finally
        {
            eenTegelijk.Release();
        }
    }

    public void Dispose() => eenTegelijk.Dispose();
}
