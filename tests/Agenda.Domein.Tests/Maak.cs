using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Tests;

/// <summary>
/// Events for tests, small and readable. Each event happens a minute after the previous one made here, so the
/// order of creation is the order of OccurredAt unless a test says otherwise (<c>with { OccurredAt = ... }</c>).
/// </summary>
public static class Maak
{
    private static long _tik;

    public static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static DateTimeOffset Moment() =>
        new DateTimeOffset(2025, 1, 1, 0, 0, 0, TimeSpan.Zero).AddMinutes(Interlocked.Increment(ref _tik));

    private static Guid Id() => Guid.NewGuid();

    public static ThuiszitterGemeld Gemeld(Guid zaak, string gemeente, string? brin, string start, SoortVerzuim soort = SoortVerzuim.LangdurigRelatief) =>
        new(Id(), Moment(), "leerplicht", zaak, "ref-" + zaak.ToString()[..8], GemeenteCode.Parse(gemeente),
            brin is null ? null : Brin.Parse(brin), soort, D(start));

    public static ThuiszitterBeeindigd Beeindigd(Guid zaak, string gemeente, string? brin, string eind, Uitkomst uitkomst = Uitkomst.TerugNaarSchool) =>
        new(Id(), Moment(), "leerplicht", zaak, GemeenteCode.Parse(gemeente), brin is null ? null : Brin.Parse(brin), D(eind), uitkomst);

    public static ThuiszitterOvergedragen Overgedragen(Guid zaak, string van, string naar, string datum, string? brin = null) =>
        new(Id(), Moment(), "leerplicht", zaak, GemeenteCode.Parse(van), GemeenteCode.Parse(naar), brin is null ? null : Brin.Parse(brin), D(datum));

    public static ThuiszitterTermijnOverschreden Termijn(Guid zaak, string gemeente, string start, string termijn) =>
        new(Id(), Moment(), "leerplicht", zaak, GemeenteCode.Parse(gemeente), null, D(start), D(termijn));

    public static AanbiederGeregistreerd Aanbieder(Guid aanbieder, string naam) => new(Id(), Moment(), "inkoop", aanbieder, naam, null);

    /// <param name="gemeente">The contracting municipality; null for the subregion.</param>
    public static ContractGesloten Contract(Guid contract, Guid aanbieder, string naam, string? gemeente, string start, string? eind = null,
        ContractSoort soort = ContractSoort.Jeugdhulp, params string[] scholen) =>
        new(Id(), Moment(), "inkoop", contract, aanbieder, naam,
            gemeente is null ? Contractant.Subregio : new Contractant(GemeenteCode.Parse(gemeente)), soort, "ambulant", ZorgKader.Jeugdwet,
            D(start), eind is null ? null : D(eind), new Bediening(scholen.Length == 0, scholen.Select(Brin.Parse).ToList()));

    public static ContractBeeindigd ContractEinde(Guid contract, string eind) => new(Id(), Moment(), "inkoop", contract, D(eind));

    public static TrajectGestart Traject(Guid traject, string brin, Guid aanbieder, string naam, string start, Zwaarte zwaarte = Zwaarte.Licht) =>
        new(Id(), Moment(), "school", traject, Brin.Parse(brin), aanbieder, naam, zwaarte, ZorgKader.Wmo, D(start));

    public static TrajectBeeindigd TrajectEinde(Guid traject, string eind) => new(Id(), Moment(), "school", traject, D(eind));

    public static EedVerwijzingGemeld Verwijzing(Guid verwijzing, string brin, string datum) =>
        new(Id(), Moment(), "school", verwijzing, "eed-" + verwijzing.ToString()[..8], Brin.Parse(brin), D(datum));

    public static EedBehandelingGestart Behandelstart(Guid verwijzing, string datum) => new(Id(), Moment(), "aanbieder", verwijzing, D(datum));

    public static ComplexeCasusGemeld Casus(Guid casus, string gemeente, string? brin, string start, Guid? thuiszitterZaak = null, bool metRegisseur = false) =>
        new(Id(), Moment(), "swv", casus, "cas-" + casus.ToString()[..8], GemeenteCode.Parse(gemeente), brin is null ? null : Brin.Parse(brin),
            D(start), thuiszitterZaak, metRegisseur ? Regisseur : null);

    public static Casusregisseur Regisseur { get; } = new("casusregisseur", "Gemeente Assen");

    public static CasusregisseurToegewezen RegisseurToegewezen(Guid casus, string datum) => new(Id(), Moment(), "gemeente", casus, Regisseur, D(datum));

    public static ComplexeCasusAfgesloten CasusAfgesloten(Guid casus, string eind) => new(Id(), Moment(), "swv", casus, D(eind));

    public static VoortgangGerapporteerd Rapport(Guid rapport, int doel, DoelStatus status, string datum) =>
        new(Id(), Moment(), "swv-po", rapport, doel, status, "toelichting", D(datum), "SWV PO 22.01", "J. Jansen", "directeur");

    public static MeldingIngetrokken Intrekking(Guid entiteit, Guid eventId) => new(Id(), Moment(), "leerplicht", entiteit, eventId, "vergissing");
}
