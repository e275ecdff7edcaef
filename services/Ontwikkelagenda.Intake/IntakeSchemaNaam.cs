using System.Text.RegularExpressions;

namespace Ontwikkelagenda.Intake;

/// <summary>The PostgreSQL schema a service keeps its entities and meldingen in (checked: it is put into SQL text).</summary>
public sealed partial record IntakeSchemaNaam
{
    public IntakeSchemaNaam(string naam)
    {
        if (!Pattern().IsMatch(naam)) throw new ArgumentException($"'{naam}' is geen geldige schemanaam (kleine letters, cijfers, _).", nameof(naam));
        Naam = naam;
    }

    public string Naam { get; }

    public override string ToString() => Naam;

    [GeneratedRegex("^[a-z][a-z0-9_]{0,62}$")]
    private static partial Regex Pattern();
}
