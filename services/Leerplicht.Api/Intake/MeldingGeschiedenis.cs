using System.Text.Json;
using Leerplicht.Api.Opslag;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Intake.Opslag;

namespace Leerplicht.Api.Intake;

/// <summary>
/// All meldingen of one case, to tell which are still in force. Only the newest version of a melding can be
/// corrected or withdrawn (a correction of a correction names the correction), and of the transfers only the
/// last one in force, so the case's state always follows from the meldingen in force.
/// </summary>
public sealed class MeldingGeschiedenis(IReadOnlyList<IntakeMelding> meldingen)
{
    /// <summary>A withdrawal in the history (stored as the intake's <c>intrekking</c>).</summary>
    public const string Ingetrokken = "ingetrokken";

    /// <summary>The soorten a later melding may correct or withdraw.</summary>
    public static readonly IReadOnlySet<string> Herzienbaar = new HashSet<string>
    {
        MeldingSoorten.Gemeld, MeldingSoorten.Beeindigd, MeldingSoorten.Overgedragen,
    };

    public IReadOnlyList<IntakeMelding> Meldingen => meldingen;

    /// <summary>What a melding is about, by its event: a correction has the soort of what it corrects.</summary>
    public static string Soort(IntakeMelding melding) => melding.EventType switch
    {
        nameof(ThuiszitterGemeld) => MeldingSoorten.Gemeld,
        nameof(ThuiszitterBeeindigd) => MeldingSoorten.Beeindigd,
        nameof(ThuiszitterOvergedragen) => MeldingSoorten.Overgedragen,
        nameof(MeldingIngetrokken) => Ingetrokken,
        nameof(ThuiszitterTermijnOverschreden) => MeldingSoorten.TermijnOverschreden,
        _ => throw new InvalidOperationException($"Onbekend eventtype {melding.EventType} in melding {melding.MeldingId}."),
    };

    public IntakeMelding? Find(Guid meldingId) => meldingen.FirstOrDefault(m => m.MeldingId == meldingId);

    /// <summary>The melding this correction replaced.</summary>
    public Guid? Corrigeert(IntakeMelding melding) => meldingen.FirstOrDefault(m => m.GecorrigeerdDoor == melding.MeldingId)?.MeldingId;

    /// <summary>The melding this withdrawal withdrew.</summary>
    public Guid? TrektIn(IntakeMelding melding) => meldingen.FirstOrDefault(m => m.IngetrokkenDoor == melding.MeldingId)?.MeldingId;

    /// <summary>The transfers in force, oldest first.</summary>
    public IReadOnlyList<IntakeMelding> Overdrachten => [.. meldingen.Where(m => Soort(m) == MeldingSoorten.Overgedragen && m.Geldig)];

    /// <summary>Why <paramref name="melding"/> cannot be corrected or withdrawn now, or null when it can.</summary>
    public string? WaaromNietHerzienbaar(Guid meldingId, IntakeMelding? melding)
    {
        if (melding is null) return $"De melding {meldingId} hoort niet bij deze zaak.";
        if (melding.IngetrokkenDoor is { } intrekking)
            return $"De melding {meldingId} is ingetrokken door melding {intrekking}; een ingetrokken melding kan niet meer worden gecorrigeerd of ingetrokken.";
        if (melding.GecorrigeerdDoor is not null)
            return $"De melding {meldingId} is al gecorrigeerd; verwijs naar de nieuwste versie, melding {Nieuwste(melding).MeldingId}.";
        if (Soort(melding) == MeldingSoorten.Overgedragen && Overdrachten[^1].MeldingId != meldingId)
            return $"Alleen de laatste overdracht van de zaak (melding {Overdrachten[^1].MeldingId}) kan worden gecorrigeerd of ingetrokken.";
        return null;
    }

    /// <summary>The municipality a transfer moved the case from.</summary>
    public static string VanGemeente(IntakeMelding overdracht) => Overdracht(overdracht).VanGemeente.Value;

    public static DateOnly Overdrachtsdatum(IntakeMelding overdracht) => Overdracht(overdracht).Overdrachtsdatum;

    private static ThuiszitterOvergedragen Overdracht(IntakeMelding overdracht) =>
        JsonSerializer.Deserialize<ThuiszitterOvergedragen>(overdracht.EventBody, IntakeStore.Json)!;

    private IntakeMelding Nieuwste(IntakeMelding melding)
    {
        while (melding.GecorrigeerdDoor is { } correctie && Find(correctie) is { } nieuwer) melding = nieuwer;
        return melding;
    }
}
