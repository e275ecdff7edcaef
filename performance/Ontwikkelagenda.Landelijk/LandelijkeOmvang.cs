namespace Ontwikkelagenda.Landelijk;

/// <summary>
/// How big the synthetic country is: the register (about 7,000 schools, 340 municipalities, 150 SWVs) and one
/// school year of events. <see cref="Nederland"/> is the size issue 12 asks for; a test may ask for less.
/// </summary>
public sealed record LandelijkeOmvang(
    int Gemeenten,
    int SamenwerkingsverbandenPerSector,
    int Basisscholen,
    int SpeciaalOnderwijs,
    int VoScholen,
    int Thuiszitters,
    int Trajecten,
    int Aanbieders,
    int ContractenPerGemeente,
    int EedVerwijzingen)
{
    public static LandelijkeOmvang Nederland { get; } = new(
        Gemeenten: 340, SamenwerkingsverbandenPerSector: 75, Basisscholen: 5_900, SpeciaalOnderwijs: 450, VoScholen: 650,
        Thuiszitters: 10_000, Trajecten: 50_000, Aanbieders: 1_200, ContractenPerGemeente: 6, EedVerwijzingen: 8_000);

    public int Scholen => Basisscholen + SpeciaalOnderwijs + VoScholen;
}
