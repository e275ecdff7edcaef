namespace Ontwikkelagenda.Web.Common.Toegang;

/// <summary>
/// The signed-in user's tokens, one store per circuit (and per prerendering request): filled from the sign-in cookie
/// when the circuit starts, since <c>HttpContext</c> is not there during an interactive circuit's later calls. An
/// access token that expires within <see cref="Marge"/> is refreshed first; when that is refused the session has
/// ended and <see cref="Verlopen"/> tells the layout to send the user to sign in again.
/// </summary>
public sealed class GebruikersTokens(ITokenVernieuwing vernieuwing, TimeProvider tijd) : IDisposable
{
    /// <summary>Refresh this long before the access token (5 minutes) expires, so no call leaves with a token that dies on the way.</summary>
    public static readonly TimeSpan Marge = TimeSpan.FromSeconds(60);

    private readonly SemaphoreSlim eenTegelijk = new(1, 1);
    private Aanmelding? aanmelding;

    /// <summary>Raised once when the session has ended.</summary>
    public event Action? Verlopen;

    public bool IsVerlopen { get; private set; }

    public void Begin(Aanmelding? vanCookie)
    {
        aanmelding = vanCookie;
        IsVerlopen = false;
    }

    /// <summary>An access token valid for at least <see cref="Marge"/>, refreshed when needed.</summary>
    /// <exception cref="AanmeldingVerlopenException">No tokens, or the identity service refused the refresh.</exception>
    public async Task<string> AccessTokenAsync(CancellationToken cancellationToken)
    {
        if (aanmelding is { } nu && Geldig(nu)) return nu.AccessToken;
        await eenTegelijk.WaitAsync(cancellationToken);
        try
        {
            // Another call may have refreshed while this one waited.
            if (aanmelding is { } ververst && Geldig(ververst)) return ververst.AccessToken;
            var nieuw = aanmelding?.RefreshToken is { } refresh && !IsVerlopen
                ? await vernieuwing.VernieuwAsync(refresh, cancellationToken)
                : null;
            if (nieuw is null)
            {
                Beeindig();
                throw new AanmeldingVerlopenException();
            }

            aanmelding = nieuw with { RefreshToken = nieuw.RefreshToken ?? aanmelding!.RefreshToken };
            return nieuw.AccessToken;
        }
        finally
        {
            eenTegelijk.Release();
        }
    }

    private bool Geldig(Aanmelding a) => a.VerlooptOm - tijd.GetUtcNow() > Marge;

    private void Beeindig()
    {
        if (IsVerlopen) return;
        IsVerlopen = true;
        Verlopen?.Invoke();
    }

    public void Dispose() => eenTegelijk.Dispose();
}
