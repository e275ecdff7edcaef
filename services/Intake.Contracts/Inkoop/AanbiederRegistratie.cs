using Intake.Contracts.Regels;

namespace Intake.Contracts.Inkoop;

/// <summary>Registers a care provider (POST /v1/aanbieders).</summary>
/// <param name="MeldingId">The melding's own id (UUID); the same id again gets the same answer.</param>
/// <param name="Naam">The provider's name, at most 200 characters.</param>
/// <param name="KvkNummer">The KvK number, exactly eight digits, when known.</param>
public sealed record AanbiederRegistratie(
    [property: MeldingId] Guid? MeldingId,
    [property: VrijeTekst(AanbiederRegistratie.MaxNaamLengte)] string? Naam,
    [property: KvkNummer(Verplicht = false)] string? KvkNummer)
{
    public const int MaxNaamLengte = 200;
}
