using System.Text.Json;
using Leerplicht.Api.Opslag;
using Leerplicht.Api.Publicatie;
using Ontwikkelagenda.Contracts.Events;

namespace Leerplicht.Api.Intake;

/// <summary>
/// All meldingen of one case, to tell which are still in force. Only the newest version of a melding can be
/// corrected or withdrawn (a correction of a correction names the correction), and of the transfers only the
/// last one in force, so the case row always follows from the meldingen in force.
/// </summary>
public sealed class MeldingGeschiedenis(IReadOnlyList<OpgeslagenMelding> meldingen)
{
    public IReadOnlyList<OpgeslagenMelding> Meldingen => meldingen;

    public OpgeslagenMelding? Find(Guid meldingId) => meldingen.FirstOrDefault(m => m.MeldingId == meldingId);

    public Guid? GecorrigeerdDoor(OpgeslagenMelding melding) =>
        meldingen.FirstOrDefault(m => m.CorrigeertMeldingId == melding.MeldingId)?.MeldingId;

    public Guid? IngetrokkenDoor(OpgeslagenMelding melding) =>
        meldingen.FirstOrDefault(m => m.TrektInMeldingId == melding.MeldingId)?.MeldingId;

    public bool IsVanKracht(OpgeslagenMelding melding) => GecorrigeerdDoor(melding) is null && IngetrokkenDoor(melding) is null;

    /// <summary>The transfers in force, oldest first.</summary>
    public IReadOnlyList<OpgeslagenMelding> Overdrachten =>
        [.. meldingen.Where(m => m.Soort == OpgeslagenMelding.SoortOvergedragen && IsVanKracht(m))];

    /// <summary>Why <paramref name="melding"/> cannot be corrected or withdrawn now, or null when it can.</summary>
    public string? WaaromNietHerzienbaar(Guid meldingId, OpgeslagenMelding? melding)
    {
        if (melding is null) return $"De melding {meldingId} hoort niet bij deze zaak.";
        if (IngetrokkenDoor(melding) is { } intrekking)
            return $"De melding {meldingId} is ingetrokken door melding {intrekking}; een ingetrokken melding kan niet meer worden gecorrigeerd of ingetrokken.";
        if (GecorrigeerdDoor(melding) is not null)
            return $"De melding {meldingId} is al gecorrigeerd; verwijs naar de nieuwste versie, melding {Nieuwste(melding).MeldingId}.";
        if (melding.Soort == OpgeslagenMelding.SoortOvergedragen && Overdrachten[^1].MeldingId != meldingId)
            return $"Alleen de laatste overdracht van de zaak (melding {Overdrachten[^1].MeldingId}) kan worden gecorrigeerd of ingetrokken.";
        return null;
    }

    /// <summary>The municipality a transfer moved the case from.</summary>
    public static string VanGemeente(OpgeslagenMelding overdracht) => Overdracht(overdracht).VanGemeente.Value;

    public static DateOnly Overdrachtsdatum(OpgeslagenMelding overdracht) => Overdracht(overdracht).Overdrachtsdatum;

    private static ThuiszitterOvergedragen Overdracht(OpgeslagenMelding overdracht) =>
        JsonSerializer.Deserialize<ThuiszitterOvergedragen>(overdracht.EventBody, OutboxPublisher.EventJson)!;

    private OpgeslagenMelding Nieuwste(OpgeslagenMelding melding)
    {
        while (meldingen.FirstOrDefault(m => m.CorrigeertMeldingId == melding.MeldingId) is { } correctie) melding = correctie;
        return melding;
    }
}
