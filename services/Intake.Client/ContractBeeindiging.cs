namespace Intake.Client;

/// <summary><c>POST /v1/contracten/{id}/beeindiging</c>: the first day the contract no longer holds.</summary>
public sealed record ContractBeeindiging(Guid MeldingId, DateOnly? Einddatum);
