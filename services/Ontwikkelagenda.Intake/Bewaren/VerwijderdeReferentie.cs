namespace Ontwikkelagenda.Intake.Bewaren;

/// <summary>What an answer shows in place of a reference the retention period removed.</summary>
public static class VerwijderdeReferentie
{
    public const string Tekst = "verwijderd (bewaartermijn)";

    public static string Of(string? referentie) => referentie ?? Tekst;
}
