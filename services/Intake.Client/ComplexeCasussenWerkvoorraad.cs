namespace Intake.Client;

/// <summary>A municipality's open complex cases today: past twelve weeks first, then oldest.</summary>
public sealed record ComplexeCasussenWerkvoorraad(string Gemeente, DateOnly Peildatum, IReadOnlyList<OpenComplexeCasus> Casussen);
