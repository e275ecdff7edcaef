using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ontwikkelagenda.ServiceDefaults.Toegang;

/// <summary>Writes a refused policy as 403 problem+json naming the right that was missing; the rest as usual.</summary>
internal sealed class ToegangsWeigering : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler standaard = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult) =>
        authorizeResult.Forbidden
            ? NlProblems.Forbidden(ToegangsProblemen.Reden(authorizeResult.AuthorizationFailure)).ExecuteAsync(context)
            : standaard.HandleAsync(next, context, policy, authorizeResult);
}
