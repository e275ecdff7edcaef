namespace Intake.Contracts;

/// <summary>Descriptions many request records share.</summary>
public static class Omschrijving
{
    public const string MeldingId = "Door de afzender gekozen UUID; dezelfde meldingId opnieuw verandert niets en krijgt hetzelfde antwoord.";
}
