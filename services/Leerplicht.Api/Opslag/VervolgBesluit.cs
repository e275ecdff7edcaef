namespace Leerplicht.Api.Opslag;

/// <summary>What a correction, withdrawal or transfer does to a locked case: a new melding and the case as it becomes, or a conflict.</summary>
public sealed record VervolgBesluit(OpgeslagenMelding? Melding, Zaak? Zaak, string? Conflict)
{
    public static VervolgBesluit Vastleggen(OpgeslagenMelding melding, Zaak zaak) => new(melding, zaak, null);

    public static VervolgBesluit Weigeren(string conflict) => new(null, null, conflict);
}
