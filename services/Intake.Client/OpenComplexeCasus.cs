namespace Intake.Client;

/// <summary>An open complex case in the worklist; <c>Casusregisseur</c> is null while it has none.</summary>
public sealed record OpenComplexeCasus(Guid Id, string Referentie, DateOnly Startdatum, int WekenOpen, Casusregisseur? Casusregisseur,
    bool LangerDanTwaalfWeken);
