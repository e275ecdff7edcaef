using System.Net.Http.Headers;

namespace Ontwikkelagenda.Web.Aanmelden;

/// <summary>Sends a call with <see cref="WebToken"/>.</summary>
public sealed class WebTokenHandler(WebToken token) : DelegatingHandler
{
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await token.AccessTokenAsync(cancellationToken));
        return await base.SendAsync(request, cancellationToken);
    }
}
