using System.Globalization;
using Microsoft.AspNetCore.Authentication;
using Ontwikkelagenda.Web.Common.Toegang;

namespace Ontwikkelagenda.Web.Aanmelden;

public static class CookieTokens
{
    /// <summary>The tokens the sign-in cookie holds (SaveTokens), or null for a request that is not signed in.</summary>
    public static Aanmelding? Lees(AuthenticationProperties? eigenschappen) =>
        eigenschappen?.GetTokenValue("access_token") is { } access
            ? new Aanmelding(access, eigenschappen.GetTokenValue("refresh_token"),
                DateTimeOffset.TryParse(eigenschappen.GetTokenValue("expires_at"), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var om)
                    ? om
                    : DateTimeOffset.MinValue)
            : null;
}
