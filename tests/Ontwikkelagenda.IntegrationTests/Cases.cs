using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Events as an intake service would publish them.</summary>
public static class Cases
{
    public static readonly DateOnly Peildatum = new(2026, 6, 1);

    /// <summary>A primary school of Assen (SWV PO2201) in <c>data/referentiedata.json</c>.</summary>
    public const string SchoolInAssen = "19SL";
    public const string SwvPo = "PO2201";

    private const string Organisatie = "Integratietest";

    public static ThuiszitterGemeld Gemeld(GemeenteCode gemeente, DateOnly startdatum, string? brin = null) => new(
        EventId: Guid.NewGuid(),
        OccurredAt: DateTimeOffset.UtcNow,
        MeldendeOrganisatie: "Leerplicht (integratietest)",
        ZaakId: Guid.NewGuid(),
        CasusReferentie: $"IT-{Guid.NewGuid().ToString("N")[..8]}1",
        Gemeente: gemeente,
        Brin: brin is null ? null : Brin.Parse(brin),
        SoortVerzuim: SoortVerzuim.Absoluut,
        Startdatum: startdatum);

    public static ThuiszitterOvergedragen Overgedragen(ThuiszitterGemeld gemeld, GemeenteCode naar, DateOnly overdrachtsdatum) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, gemeld.ZaakId, gemeld.Gemeente, naar, gemeld.Brin, overdrachtsdatum);

    public static ThuiszitterTermijnOverschreden TermijnOverschreden(ThuiszitterGemeld gemeld) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, gemeld.ZaakId, gemeld.Gemeente, gemeld.Brin, gemeld.Startdatum,
            gemeld.Startdatum.AddMonths(3).AddDays(1));

    public static MeldingIngetrokken Ingetrokken(Guid entiteitId, Guid eventId) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, entiteitId, eventId, "Onterecht gemeld (integratietest)");

    public static ContractGesloten Contract(Contractant contractant, DateOnly startdatum, ContractSoort soort = ContractSoort.Jeugdhulp) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, Guid.NewGuid(), Guid.NewGuid(), "Zorgaanbieder (integratietest)",
            contractant, soort, "ambulante jeugdhulp", ZorgKader.Jeugdwet, startdatum, null, new Bediening(false, [Brin.Parse(SchoolInAssen)]));

    public static ContractBeeindigd ContractBeeindigd(ContractGesloten contract, DateOnly einddatum) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, contract.ContractId, einddatum);

    public static TrajectGestart Traject(string brin, Zwaarte zwaarte, DateOnly startdatum) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, Guid.NewGuid(), Brin.Parse(brin), Guid.NewGuid(),
            "Zorgaanbieder (integratietest)", zwaarte, ZorgKader.Jeugdwet, startdatum);

    public static TrajectBeeindigd TrajectBeeindigd(TrajectGestart traject, DateOnly einddatum) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, traject.TrajectId, einddatum);

    public static EedVerwijzingGemeld EedVerwijzing(string brin, DateOnly verwijsdatum) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, Guid.NewGuid(), $"EED-{Guid.NewGuid().ToString("N")[..8]}", Brin.Parse(brin), verwijsdatum);

    public static EedBehandelingGestart EedBehandeling(EedVerwijzingGemeld verwijzing, DateOnly startdatum) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, verwijzing.VerwijzingId, startdatum);

    public static ComplexeCasusGemeld ComplexeCasus(GemeenteCode gemeente, string? brin, DateOnly startdatum) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, Guid.NewGuid(), $"CC-{Guid.NewGuid().ToString("N")[..8]}", gemeente,
            brin is null ? null : Brin.Parse(brin), startdatum, null, null);

    public static CasusregisseurToegewezen Casusregisseur(ComplexeCasusGemeld casus, DateOnly datum) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, casus.CasusId, new Casusregisseur("jeugdconsulent", "Gemeente (integratietest)"), datum);

    public static ComplexeCasusAfgesloten CasusAfgesloten(ComplexeCasusGemeld casus, DateOnly einddatum) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, casus.CasusId, einddatum);

    public static AanbiederGeregistreerd Aanbieder() =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, Guid.NewGuid(), "Zorgaanbieder (integratietest)", null);

    public static VoortgangGerapporteerd Voortgang(int doel, DoelStatus status, DateOnly datum) =>
        new(Guid.NewGuid(), DateTimeOffset.UtcNow, Organisatie, Guid.NewGuid(), doel, status, "Voortgang (integratietest)", datum,
            "Samenwerkingsverband PO 22.01", "A. Tester", "coördinator");
}
