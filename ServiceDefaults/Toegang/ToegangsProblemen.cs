using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.IdentityModel.Tokens;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ontwikkelagenda.ServiceDefaults.Toegang;

/// <summary>Why a token was refused (401) or a policy was not met (403), in Dutch, for the problem+json answers.</summary>
public static class ToegangsProblemen
{
    /// <summary>No token, or one that is not valid here: 401 with a <c>WWW-Authenticate</c> challenge.</summary>
    public static async Task Challenge(JwtBearerChallengeContext context)
    {
        context.HandleResponse();
        var detail = context.AuthenticateFailure switch
        {
            null => "Dit verzoek vraagt een toegangstoken (Authorization: Bearer ...) van de identiteitsdienst.",
            SecurityTokenExpiredException => "Het toegangstoken is verlopen; vraag een nieuw aan.",
            SecurityTokenInvalidAudienceException => "Het toegangstoken is niet voor deze dienst uitgegeven (audience).",
            SecurityTokenInvalidIssuerException => "Het toegangstoken is niet door de identiteitsdienst van dit systeem uitgegeven.",
            SecurityTokenSignatureKeyNotFoundException or SecurityTokenInvalidSignatureException =>
                "De handtekening van het toegangstoken klopt niet.",
            SecurityTokenInvalidAlgorithmException => "Het toegangstoken is niet met een toegestaan algoritme ondertekend.",
            _ => "Het toegangstoken is ongeldig.",
        };
        context.Response.Headers.WWWAuthenticate = context.AuthenticateFailure is null ? "Bearer" : "Bearer error=\"invalid_token\"";
        await NlProblems.Unauthorized(detail).ExecuteAsync(context.HttpContext);
    }

    /// <summary>What the caller lacks, from the requirements its token did not meet.</summary>
    public static string Reden(AuthorizationFailure? failure)
    {
        var redenen = (failure?.FailedRequirements ?? []).Select(requirement => requirement switch
        {
            RolesAuthorizationRequirement rollen => $"de rol {string.Join(" of ", rollen.AllowedRoles)}",
            ClaimsAuthorizationRequirement claim when claim.ClaimType == ToegangsClaims.OrganisatieSoort =>
                $"een organisatie van de soort {string.Join(" of ", claim.AllowedValues ?? [])}",
            _ => "een ander recht",
        }).Distinct().ToList();
        return redenen.Count == 0
            ? "U hebt geen recht op deze resource."
            : $"Deze resource vraagt {string.Join(" en ", redenen)}.";
    }
}
