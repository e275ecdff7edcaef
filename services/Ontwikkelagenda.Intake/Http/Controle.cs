using System.ComponentModel;

namespace Ontwikkelagenda.Intake.Http;

/// <summary>The answer of a <c>POST /v1/{resource}/validaties</c>: the melding would be accepted as it is.</summary>
[Description("Uitslag van een controle: de melding zou zo worden aangenomen. Er is niets vastgelegd of gepubliceerd.")]
public sealed record Controle(
    [property: Description("Altijd true; een ongeldige melding krijgt een 400 met elk ongeldig veld.")] bool Geldig);
