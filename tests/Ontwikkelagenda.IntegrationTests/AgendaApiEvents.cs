using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>The events of the intake services (Inkoop.Api, Ondersteuning.Api), as the Agenda.Api tests feed them.</summary>
public static class AgendaApiEvents
{
    private const string Organisatie = "Intake (integratietest)";

    public static ContractGesloten Contract(Guid aanbiederId, string naam, Contractant contractant, ContractSoort soort, DateOnly startdatum, Bediening bediening) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, Guid.NewGuid(), aanbiederId, naam, contractant, soort,
            soort == ContractSoort.Eed ? "dyslexiezorg" : "jeugdhulp ambulant", ZorgKader.Jeugdwet, startdatum, null, bediening);

    public static TrajectGestart Traject(Brin brin, Guid aanbiederId, Zwaarte zwaarte, DateOnly startdatum) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, Guid.NewGuid(), brin, aanbiederId, $"Aanbieder {aanbiederId.ToString()[..4]}",
            zwaarte, zwaarte == Zwaarte.Licht ? ZorgKader.Wmo : ZorgKader.Jeugdwet, startdatum);

    public static EedVerwijzingGemeld Verwijzing(Brin brin, DateOnly verwijsdatum) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, Guid.NewGuid(), $"EED-{Guid.NewGuid().ToString("N")[..6]}7", brin, verwijsdatum);

    public static EedBehandelingGestart Behandelstart(EedVerwijzingGemeld verwijzing, DateOnly startdatum) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, verwijzing.VerwijzingId, startdatum);

    public static ComplexeCasusGemeld Casus(GemeenteCode gemeente, Brin? brin, DateOnly startdatum, Casusregisseur? regisseur) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, Guid.NewGuid(), $"CC-{Guid.NewGuid().ToString("N")[..6]}3", gemeente, brin,
            startdatum, null, regisseur);

    public static VoortgangGerapporteerd Rapport(int doel, DoelStatus status, DateOnly datum, string toelichting) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, Guid.NewGuid(), doel, status, toelichting, datum,
            "SWV PO 22.01", "J. de Vries", "directeur");

    public static MeldingIngetrokken Intrekking(VoortgangGerapporteerd rapport) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, rapport.RapportId, rapport.EventId, "Dubbel gemeld");
}
