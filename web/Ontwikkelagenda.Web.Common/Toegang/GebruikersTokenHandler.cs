using System.Net.Http.Headers;

namespace Ontwikkelagenda.Web.Common.Toegang;

/// <summary>Sends every call of a service client with the signed-in user's access token (<see cref="GebruikersTokens"/>).</summary>
public sealed class GebruikersTokenHandler(GebruikersTokens tokens) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await tokens.AccessTokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
