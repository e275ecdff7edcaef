namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>What the check of a whole file found. Only a clean file is sent; the example row is never sent.</summary>
public sealed record UploadRapport(IUploadSoort Soort, string Vingerafdruk, IReadOnlyList<string> BestandFouten, IReadOnlyList<GecontroleerdeRij> Rijen)
{
    public IReadOnlyList<GecontroleerdeRij> TeVersturen => Rijen.Where(r => !r.IsVoorbeeld).ToList();

    public IReadOnlyList<GecontroleerdeRij> FouteRijen => TeVersturen.Where(r => r.Fouten.Count > 0).ToList();

    public bool Schoon => BestandFouten.Count == 0 && TeVersturen.Count > 0 && FouteRijen.Count == 0;

    /// <summary>The report in Dutch, one line per error: "Rij 3: startdatum: ...".</summary>
    public IEnumerable<string> Regels =>
        BestandFouten.Concat(FouteRijen.SelectMany(r => r.Fouten.Select(f =>
            f.Naam.Length == 0 ? $"Rij {r.Rij.Regel}: {f.Reden}" : $"Rij {r.Rij.Regel}: {f.Naam}: {f.Reden}")));
}
