using Agenda.Api.Client;
using Contract = Ontwikkelagenda.Contracts;

namespace Agenda.Api.Kpis;

/// <summary>From the grains' contracts to the API's response records (the client does not reference the contracts).</summary>
public static class KpiMapping
{
    public static ScopeCijfers ToCijfers(this Contract.Kpis.ScopeKpis kpis) => new(
        kpis.Thuiszitters.ToCijfers(),
        kpis.Absoluut.ToCijfers(),
        kpis.LangdurigRelatief.ToCijfers(),
        kpis.Jaartelling.ToCijfers(),
        new InkoopCijfers(kpis.Inkoop.AanbiedersOnderContract, kpis.Inkoop.AanbiedersBijSchool, kpis.Inkoop.NormPerSchool,
            kpis.Inkoop.ScholenMetTrajecten, kpis.Inkoop.ScholenBovenNorm, kpis.Inkoop.MaxAanbiedersPerSchool),
        new EedCijfers(kpis.Eed.PrimaireScholen, kpis.Eed.GedekteScholen, kpis.Eed.Dekking, kpis.Eed.DekkingNaarLeerlingen,
            kpis.Eed.Verwijzingen, kpis.Eed.Gestart, kpis.Eed.Wachtend, kpis.Eed.MediaanDagenTotStart),
        new RegieCijfers(kpis.Regie.OpenCasussen, kpis.Regie.MetCasusregisseur, kpis.Regie.AandeelMetCasusregisseur, kpis.Regie.LangerDanTwaalfWeken),
        new TrajectCijfers(kpis.Trajecten.Actief, kpis.Trajecten.Licht, kpis.Trajecten.Zwaar, kpis.Trajecten.AandeelLicht),
        [.. kpis.Doelen.OrderBy(d => d.Nummer).Select(ToStand)]);

    public static ThuiszitterCijfers ToCijfers(this Contract.Kpis.ThuiszitterKpis kpis) =>
        new(kpis.Open, kpis.LangerDanDrieMaanden, kpis.PerDuizend, kpis.BinnenDrieMaandenOpgelost,
            kpis.Afgesloten, kpis.AfgeslotenMetVrijstelling, kpis.KorterDanVierWeken);

    public static JaartellingCijfers ToCijfers(this Contract.Kpis.Jaartelling telling) =>
        new(telling.Schooljaar, telling.Totaal, telling.Absoluut, telling.LangdurigRelatief,
            telling.TotaalPerDuizend, telling.AbsoluutPerDuizend, telling.LangdurigRelatiefPerDuizend);

    public static DoelStand ToStand(this Contract.Kpis.DoelStand stand) =>
        new(stand.Nummer, stand.Titel, stand.Kpi, stand.KpiWaarde, stand.Streefwaarde,
            stand.KpiStatus?.ToStatus(), stand.RapportStatus?.ToStatus(), stand.RapportDatum);

    public static DoelStatus ToStatus(this Contract.Values.DoelStatus status) => status switch
    {
        Contract.Values.DoelStatus.OpKoers => DoelStatus.OpKoers,
        Contract.Values.DoelStatus.AandachtNodig => DoelStatus.AandachtNodig,
        _ => DoelStatus.Achter,
    };

    public static Voortgangsrapport ToRapport(this Contract.Kpis.Voortgangsrapport rapport) =>
        new(rapport.RapportId, rapport.EventId, rapport.Doel, rapport.Status.ToStatus(), rapport.Toelichting, rapport.Datum,
            rapport.Organisatie, rapport.NaamRapporteur, rapport.RolRapporteur, rapport.GecorrigeerdDoor, rapport.Ingetrokken);

    public static GemeenteOverzicht ToOverzicht(this ScopeCijfers c, string code, string naam) =>
        new(code, naam, c.Thuiszitters, c.Absoluut, c.LangdurigRelatief, c.Jaartelling, c.Inkoop, c.Eed, c.Regie, c.Trajecten, c.Doelen);

    public static SwvOverzicht ToSwvOverzicht(this ScopeCijfers c, string code, string naam) =>
        new(code, naam, c.Thuiszitters, c.Absoluut, c.LangdurigRelatief, c.Jaartelling, c.Inkoop, c.Eed, c.Regie, c.Trajecten, c.Doelen);

    public static RegioCijfers ToRegio(this ScopeCijfers c) =>
        new(c.Thuiszitters, c.Absoluut, c.LangdurigRelatief, c.Jaartelling, c.Inkoop, c.Eed, c.Regie, c.Trajecten, c.Doelen);
}
