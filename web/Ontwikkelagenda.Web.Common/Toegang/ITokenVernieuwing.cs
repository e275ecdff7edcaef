namespace Ontwikkelagenda.Web.Common.Toegang;

/// <summary>Exchanges a refresh token at the identity service for new tokens; null when it refuses (signed out, locked, expired).</summary>
public interface ITokenVernieuwing
{
    Task<Aanmelding?> VernieuwAsync(string refreshToken, CancellationToken cancellationToken);
}
