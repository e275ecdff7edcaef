namespace Ontwikkelagenda.Contracts.Kpis;

/// <summary>
/// The KPI keys a goal can name (<c>kpi</c> in data/agenda.json): family and field of <see cref="ScopeCijfers"/>.
/// The one place they are spelled; the domain computes a goal's value by them and the web labels and protects them.
/// </summary>
public static class KpiSleutels
{
    public const string TrajectenAandeelLicht = "trajecten.aandeelLicht";
    public const string InkoopScholenBovenNorm = "inkoop.scholenBovenNorm";
    public const string RegieAandeelMetCasusregisseur = "regie.aandeelMetCasusregisseur";
    public const string ThuiszittersLangerDanDrieMaanden = "thuiszitters.langerDanDrieMaanden";
    public const string EedDekking = "eed.dekking";

    public static IReadOnlyList<string> Alle { get; } =
        [TrajectenAandeelLicht, InkoopScholenBovenNorm, RegieAandeelMetCasusregisseur, ThuiszittersLangerDanDrieMaanden, EedDekking];
}
