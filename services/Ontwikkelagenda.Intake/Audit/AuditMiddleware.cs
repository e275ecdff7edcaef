using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;
using Npgsql;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.Intake.Audit;

/// <summary>
/// Records every request to a <see cref="Geaudit"/> endpoint by a caller with a valid token once its answer is known, before
/// the answer leaves: the answer is held back until the entry is stored. Fails closed: when the entry cannot be stored the
/// caller gets 503 instead of the answer, so nothing is read without a trail. A write that was stored meanwhile is not
/// lost: the same meldingId again gives the same answer, and that request is recorded. Requests without a valid token
/// (401) name nobody and are not recorded; the logs have them.
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next, AuditTrail trail, TimeProvider time, ILogger<AuditMiddleware> logger)
{
    public const string NietVastgelegd =
        "De audittrail kon dit verzoek niet vastleggen, dus het antwoord wordt niet gegeven. Probeer het later opnieuw; dezelfde meldingId geeft dan hetzelfde antwoord.";

    private const int MaxRouteWaardeLengte = 100;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint() is not RouteEndpoint endpoint || endpoint.Metadata.GetMetadata<Geaudit>() is null)
        {
            await next(context);
            return;
        }

        var antwoord = context.Response.Body;
        await using var vastgehouden = new MemoryStream();
        context.Response.Body = vastgehouden;
        try
        {
            await next(context);
        }
        catch (Exception exception)
        {
            context.Response.Body = antwoord;
            // The exception handler answers: a bad request (415, 413) with its own status, anything else 500. Record that,
            // and let the request fail as it does anyway.
            var status = exception is BadHttpRequestException bad ? bad.StatusCode : StatusCodes.Status500InternalServerError;
            await LegVast(context, endpoint, status, houdtAntwoordTegen: false);
            throw;
        }

        context.Response.Body = antwoord;
        if (await LegVast(context, endpoint, context.Response.StatusCode, houdtAntwoordTegen: true))
        {
            vastgehouden.Position = 0;
            await vastgehouden.CopyToAsync(antwoord, context.RequestAborted);
            return;
        }

        context.Response.Clear();
        await NlProblems.Unavailable(NietVastgelegd).ExecuteAsync(context);
    }

    /// <summary>Stores the entry; false when the database did not take it (logged).</summary>
    private async Task<bool> LegVast(HttpContext context, RouteEndpoint endpoint, int status, bool houdtAntwoordTegen)
    {
        if (context.User.Identity?.IsAuthenticated != true) return true;
        var aanroeper = Aanroeper.Van(context.User);
        var routeWaarden = endpoint.RoutePattern.Parameters
            .Where(p => context.Request.RouteValues.ContainsKey(p.Name))
            .ToDictionary(p => p.Name, p => Kort(Convert.ToString(context.Request.RouteValues[p.Name], System.Globalization.CultureInfo.InvariantCulture) ?? ""),
                StringComparer.Ordinal);
        var regel = new AuditRegel(0, time.GetUtcNow(), aanroeper.Subject, aanroeper.OrganisatieSoort, aanroeper.OrganisatieCode,
            [.. aanroeper.Rollen.Order(StringComparer.Ordinal)], context.Request.Method, Route(endpoint),
            routeWaarden, endpoint.Metadata.GetMetadata<IEndpointNameMetadata>()?.EndpointName ?? endpoint.DisplayName ?? "", status);
        try
        {
            // Not the request's token: a caller that hangs up still leaves its entry.
            await trail.Voeg(regel, CancellationToken.None);
            return true;
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            logger.LogError(exception, "Audittrail: {Methode} {Route} door {Subject} ({Status}) niet vastgelegd{Gevolg}", regel.Methode, regel.Route,
                regel.Subject, status, houdtAntwoordTegen ? "; antwoord 503" : "");
            return false;
        }
    }

    // A group's own endpoint ("" under "/v1/thuiszitters") has a trailing slash in its pattern that no request has.
    private static string Route(RouteEndpoint endpoint) => "/" + (endpoint.RoutePattern.RawText ?? "").Trim('/');

    // An id that is no UUID is still recorded as sent, but a path segment cannot fill the table.
    private static string Kort(string waarde) => waarde.Length <= MaxRouteWaardeLengte ? waarde : waarde[..MaxRouteWaardeLengte];
}
