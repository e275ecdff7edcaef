using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Feiten;

/// <summary>A complex case with the dates from which it had a casusregisseur.</summary>
public sealed record ComplexeCasusFeit(
    Guid CasusId,
    string Gemeente,
    string? Brin,
    DateOnly Startdatum,
    DateOnly? Einddatum,
    Guid? ThuiszitterZaakId,
    IReadOnlyList<(DateOnly Vanaf, Casusregisseur Regisseur)> Regisseurs)
{
    public bool OpenOp(DateOnly peildatum) => Startdatum <= peildatum && (Einddatum is null || Einddatum > peildatum);

    public bool HeeftRegisseurOp(DateOnly peildatum) => Regisseurs.Any(r => r.Vanaf <= peildatum);
}
