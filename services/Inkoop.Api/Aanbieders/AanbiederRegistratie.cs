namespace Inkoop.Api.Aanbieders;

/// <summary>Registers a care provider (POST /v1/aanbieders).</summary>
/// <param name="MeldingId">The melding's own id (UUID); the same id again gets the same answer.</param>
/// <param name="Naam">The provider's name, at most 200 characters.</param>
/// <param name="KvkNummer">The KvK number, exactly eight digits, when known.</param>
public sealed record AanbiederRegistratie(Guid MeldingId, string Naam, string? KvkNummer);
