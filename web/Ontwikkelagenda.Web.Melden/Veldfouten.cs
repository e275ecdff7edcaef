using Intake.Client;

namespace Ontwikkelagenda.Web.Melden;

/// <summary>
/// The field errors a service gave for one form, looked up by the JSON field name a form field shows. A field also
/// owns the errors of its parts (<c>scholen</c> owns <c>scholen[2]</c>, <c>casusregisseur</c> owns <c>casusregisseur.rol</c>).
/// </summary>
public sealed class Veldfouten(IReadOnlyList<Veldfout> alle)
{
    public static Veldfouten Geen { get; } = new([]);

    public IReadOnlyList<Veldfout> Alle { get; } = alle;

    public bool Any => Alle.Count > 0;

    public bool Heeft(string veld) => Alle.Any(fout => Hoort(fout.Naam, veld));

    /// <summary>Every reason for the field in one text, or null when it has none.</summary>
    public string? Voor(string veld)
    {
        var redenen = Alle.Where(fout => Hoort(fout.Naam, veld)).Select(fout => fout.Reden).ToList();
        return redenen.Count == 0 ? null : string.Join(" ", redenen);
    }

    private static bool Hoort(string naam, string veld) =>
        naam == veld || naam.StartsWith(veld + ".", StringComparison.Ordinal) || naam.StartsWith(veld + "[", StringComparison.Ordinal);
}
