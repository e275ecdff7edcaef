using Ontwikkelagenda.ServiceDefaults.Toegang;
using Ontwikkelagenda.TestSupport;
using Ontwikkelagenda.TestSupport.Rechtenmatrix;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>
/// Agenda.Api's row of issue 11's table: the overviews (small numbers suppressed) are read by everyone who works with
/// the agenda, of any organisation, not by operations or the functionaris gegevensbescherming; the change stream names
/// only scopes and answers every valid token. Requests are about Tynaarlo (GM1730), Assen (GM0106) being the other.
/// </summary>
internal static class AgendaRechtenmatrix
{
    private static readonly Toegang Overzicht = Toegang.Rollen(
        Rollen.Leerplichtambtenaar, Rollen.Schoolmedewerker, Rollen.Inkoper, Rollen.OogoPartner, Rollen.Wethouder);

    public static Matrix<AgendaRechtenmatrixFixture> Matrix { get; } = new(AgendaApiFactory.Audience,
        Bezetting.RondGemeente("GM1730", "GM0106", eigenSchool: "19SL", andereSchool: "41UH"),
    [
        .. Infrastructuur.Rijen<AgendaRechtenmatrixFixture>(),
        Lees("/v1/regio-overzicht", Overzicht),
        Lees("/v1/gemeenten", Overzicht),
        Lees("/v1/gemeenten/{code}", Overzicht, "/v1/gemeenten/GM1730"),
        Lees("/v1/samenwerkingsverbanden", Overzicht),
        Lees("/v1/samenwerkingsverbanden/{code}", Overzicht, "/v1/samenwerkingsverbanden/PO2201"),
        Lees("/v1/scholen", Overzicht, "/v1/scholen?gemeente=GM1730"),
        Lees("/v1/scholen/{brin}", Overzicht, "/v1/scholen/19SL"),
        Lees("/v1/inkoop/vergelijking", Overzicht),
        Lees("/v1/doelen", Overzicht),
        Lees("/v1/doelen/{nummer}/historie", Overzicht, "/v1/doelen/5/historie"),
        Lees("/v1/oogo-overleggen", Overzicht),
        Lees("/v1/oogo-overleggen/wijzigingen", Overzicht),
        Lees("/v1/benchmarks", Overzicht),
        Lees("/v1/rapportcijfers", Overzicht),
        Lees("/v1/wijzigingen", Toegang.ElkToken),
    ]);

    private static Rij<AgendaRechtenmatrixFixture> Lees(string route, Toegang toegang, string? pad = null) =>
        new("GET", route, toegang, () => new HttpRequestMessage(HttpMethod.Get, pad ?? route));
}
