namespace Intake.Client;

/// <summary>A municipality's open cases at the peildatum: overdue first, then oldest first.</summary>
public sealed record ThuiszittersWerkvoorraad(string Gemeente, DateOnly Peildatum, IReadOnlyList<ThuiszitterInWerkvoorraad> Thuiszitters);
