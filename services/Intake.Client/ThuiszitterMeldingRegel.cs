namespace Intake.Client;

/// <summary>
/// One melding in a case's history. <c>Soort</c>: gemeld, beeindigd, overgedragen, ingetrokken or termijn-overschreden;
/// a correction has the soort of what it corrects.
/// </summary>
public sealed record ThuiszitterMeldingRegel(
    string Soort,
    Guid MeldingId,
    DateTimeOffset OntvangenOp,
    Guid? Corrigeert,
    Guid? TrektIn,
    Guid? GecorrigeerdDoor,
    Guid? IngetrokkenDoor)
{
    /// <summary>Still in force: neither replaced by a correction nor withdrawn.</summary>
    public bool Geldig => GecorrigeerdDoor is null && IngetrokkenDoor is null;
}
