namespace Agenda.Domein.Referentie;

/// <summary>
/// The counts of one school year ("2025-2026"): young people aged 5-17 per municipality and pupils per BRIN,
/// with their source (<see cref="Bronnen"/> per municipality where the sources differ).
/// </summary>
public sealed record Telling(
    string Schooljaar,
    string Bron,
    IReadOnlyDictionary<string, int> Jongeren5Tot18,
    IReadOnlyDictionary<string, int> Leerlingen,
    IReadOnlyDictionary<string, string>? Bronnen = null);
