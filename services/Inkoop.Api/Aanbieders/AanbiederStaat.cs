namespace Inkoop.Api.Aanbieders;

/// <summary>A provider as the intake holds it (entiteiten.staat).</summary>
public sealed record AanbiederStaat(string Naam, string? KvkNummer)
{
    public const string Soort = "aanbieder";
}
