namespace Agenda.Domein;

/// <summary>A level the KPIs are computed at: a school (BRIN), an SWV (code), a municipality (CBS code) or the region (22.01).</summary>
public sealed record Scope(ScopeSoort Soort, string Sleutel)
{
    public static Scope School(string brin) => new(ScopeSoort.School, brin);
    public static Scope Swv(string code) => new(ScopeSoort.Swv, code);
    public static Scope Gemeente(string code) => new(ScopeSoort.Gemeente, code);
    public static Scope Regio(string key) => new(ScopeSoort.Regio, key);

    /// <summary>The routing key stored with each event (<c>gemeente:GM0106</c>), one per scope it concerns.</summary>
    public override string ToString() => $"{Soort.ToString().ToLowerInvariant()}:{Sleutel}";
}
