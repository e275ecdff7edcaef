namespace Intake.Client;

/// <summary>The answer of <c>POST /v1/{resource}/validaties</c>: the melding would be accepted as it is (nothing stored).</summary>
public sealed record Controle(bool Geldig);
