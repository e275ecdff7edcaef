namespace Intake.Client;

/// <summary>A registered care provider.</summary>
public sealed record Aanbieder(Guid Id, string Naam, string? KvkNummer, bool Ingetrokken);
