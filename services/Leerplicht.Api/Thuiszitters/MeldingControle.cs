using System.ComponentModel;

namespace Leerplicht.Api.Thuiszitters;

/// <summary>The answer of <c>POST /v1/thuiszitters/validaties</c>: the report would be accepted as it is.</summary>
[Description("Uitslag van een controle: de melding zou zo worden aangenomen. Er is niets vastgelegd of gepubliceerd.")]
public sealed record MeldingControle(
    [property: Description("Altijd true; een ongeldige melding krijgt een 400 met elk ongeldig veld.")] bool Geldig);
