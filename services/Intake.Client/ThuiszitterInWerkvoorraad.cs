namespace Intake.Client;

/// <summary>An open case in the worklist. <c>Termijndatum</c> is the first day longer than three months.</summary>
public sealed record ThuiszitterInWerkvoorraad(
    Guid Id,
    string CasusReferentie,
    string? Brin,
    string SoortVerzuim,
    DateOnly Startdatum,
    int LeeftijdInDagen,
    DateOnly Termijndatum,
    bool LangerDanDrieMaanden);
