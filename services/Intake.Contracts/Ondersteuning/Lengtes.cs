namespace Intake.Contracts.Ondersteuning;

/// <summary>The longest texts Ondersteuning.Api's meldingen take, in characters.</summary>
public static class Lengtes
{
    public const int Naam = 200;
    public const int Organisatie = 200;
    public const int Rol = 100;
    public const int Toelichting = 1000;
}
