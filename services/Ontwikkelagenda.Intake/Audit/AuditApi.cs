using System.ComponentModel;
using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.Intake.Audit;

/// <summary>/v1/audit: the intake's audit trail for the functionaris gegevensbescherming, newest first, filtered and paged.</summary>
public static class AuditApi
{
    /// <summary>Records requests to <see cref="Geaudit"/> endpoints; before <c>UseToegang</c>, so refused requests are recorded too.</summary>
    public static WebApplication UseAudittrail(this WebApplication app)
    {
        app.UseMiddleware<AuditMiddleware>();
        return app;
    }

    public static IEndpointRouteBuilder MapAuditApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/v1/audit", Lees)
            .WithTags("Audit")
            .RequireAuthorization(Rechten.Audit)
            .WithName("GetAudit")
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .WithSummary("De audittrail: wie welke zaak las of schreef, wanneer, en het antwoord")
            .WithDescription("Voor de functionaris gegevensbescherming. Elke lezing en schrijving van gegevens op zaakniveau met een geldig token, ook geweigerde (403), nieuwste eerst. Bevat geen verzoekinhoud, alleen de ids uit het pad. De audittrail is alleen aan te vullen: de database weigert wijzigen en verwijderen.");
        return app;
    }

    private static async Task<Results<Ok<AuditPagina>, ValidationProblem>> Lees(
        [Description("Vanaf dit moment (inclusief), RFC 3339, bijvoorbeeld 2026-12-01T00:00:00Z.")] string? van,
        [Description("Tot dit moment (exclusief), RFC 3339.")] string? tot,
        [Description("Alleen verzoeken van dit subject (account of client van een organisatie).")] string? subject,
        [Description("Alleen verzoeken namens deze organisatie, als soort:code, bijvoorbeeld gemeente:GM1730.")] string? organisatie,
        [Description("Paginanummer, vanaf 1; standaard 1.")] string? pagina,
        [Description("Regels per pagina, 1 tot en met 500; standaard 100.")] string? paginaGrootte,
        AuditTrail trail, CancellationToken cancellationToken)
    {
        var fouten = new Dictionary<string, string[]>();
        var vanaf = Moment(van, "van", fouten);
        var totaan = Moment(tot, "tot", fouten);
        if (vanaf is not null && totaan is not null && totaan <= vanaf) fouten["tot"] = ["Tot ligt na van."];
        string? soort = null, code = null;
        if (organisatie is not null)
        {
            var delen = organisatie.Split(':');
            if (delen.Length != 2 || !OrganisatieSoorten.Alle.Contains(delen[0]) || delen[1].Length == 0)
                fouten["organisatie"] = [$"De organisatie is soort:code met soort een van {string.Join(", ", OrganisatieSoorten.Alle)}, bijvoorbeeld gemeente:GM1730."];
            else
                (soort, code) = (delen[0], delen[1]);
        }
        if (subject is { Length: 0 }) fouten["subject"] = ["Het subject is niet leeg."];
        var nummer = Getal(pagina, "pagina", 1, int.MaxValue / AuditFilter.MaxPaginaGrootte, 1, "Het paginanummer is een geheel getal vanaf 1.", fouten);
        var grootte = Getal(paginaGrootte, "paginaGrootte", 1, AuditFilter.MaxPaginaGrootte, AuditFilter.StandaardPaginaGrootte,
            $"De paginagrootte is een geheel getal van 1 tot en met {AuditFilter.MaxPaginaGrootte}.", fouten);
        if (fouten.Count > 0) return NlProblems.Validation(fouten);

        return TypedResults.Ok(await trail.Lees(new AuditFilter(vanaf, totaan, subject, soort, code, nummer, grootte), cancellationToken));
    }

    private static DateTimeOffset? Moment(string? waarde, string veld, Dictionary<string, string[]> fouten)
    {
        if (waarde is null) return null;
        if (DateTimeOffset.TryParseExact(waarde, ["yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK"], CultureInfo.InvariantCulture,
                DateTimeStyles.None, out var moment) && (waarde.EndsWith('Z') || waarde.Length > 6 && waarde[^6] is '+' or '-'))
            return moment.ToUniversalTime();
        fouten[veld] = [$"{char.ToUpperInvariant(veld[0])}{veld[1..]} is een moment in RFC 3339 met tijdzone, bijvoorbeeld 2026-12-01T00:00:00Z."];
        return null;
    }

    private static int Getal(string? waarde, string veld, int min, int max, int standaard, string reden, Dictionary<string, string[]> fouten)
    {
        if (waarde is null) return standaard;
        if (int.TryParse(waarde, NumberStyles.None, CultureInfo.InvariantCulture, out var getal) && getal >= min && getal <= max) return getal;
        fouten[veld] = [reden];
        return standaard;
    }
}
