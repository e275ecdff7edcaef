using System.Text.Json;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Intake.Opslag;

namespace Ondersteuning.Api.Meldingen;

/// <summary>
/// The meldingen of one resource in order of arrival, folded as the silo folds events: a melding is effective when
/// no version of it is withdrawn (a withdrawal takes the melding as it stands, with what it corrects) and it is not
/// replaced by an effective correction.
/// </summary>
public sealed class Historie(IReadOnlyList<IntakeMelding> meldingen)
{
    public IReadOnlyList<IntakeMelding> Meldingen => meldingen;

    public IntakeMelding? Find(Guid meldingId) => meldingen.FirstOrDefault(m => m.MeldingId == meldingId);

    /// <summary>The melding that <paramref name="melding"/> corrects, if it is a correction.</summary>
    public IntakeMelding? Corrigeert(IntakeMelding melding) => meldingen.FirstOrDefault(m => m.GecorrigeerdDoor == melding.MeldingId);

    /// <summary>The melding that <paramref name="melding"/> withdraws, if it is a withdrawal.</summary>
    public IntakeMelding? TrektIn(IntakeMelding melding) => meldingen.FirstOrDefault(m => m.IngetrokkenDoor == melding.MeldingId);

    public bool IsEffectief(IntakeMelding melding) =>
        melding.EventType != nameof(MeldingIngetrokken)
        && !Versies(melding).Any(versie => versie.IngetrokkenDoor is not null)
        && !(melding.GecorrigeerdDoor is { } correctie && Find(correctie) is { } door && IsEffectief(door));

    /// <summary>Every version of a melding: what it corrects and what corrects it. A withdrawal of one takes them all.</summary>
    private IEnumerable<IntakeMelding> Versies(IntakeMelding melding)
    {
        for (var vorige = Corrigeert(melding); vorige is not null; vorige = Corrigeert(vorige)) yield return vorige;
        for (var versie = melding; versie is not null; versie = versie.GecorrigeerdDoor is { } door ? Find(door) : null)
            yield return versie;
    }

    /// <summary>True once the creating melding (of type <paramref name="aanmaakEvent"/>) is withdrawn: the resource counts nowhere.</summary>
    public bool IsIngetrokken(string aanmaakEvent) => !meldingen.Any(m => m.EventType == aanmaakEvent && IsEffectief(m));

    /// <summary>The effective events of one type, in order of arrival.</summary>
    public IReadOnlyList<TEvent> Effectief<TEvent>() where TEvent : class =>
        [.. meldingen.Where(m => m.EventType == typeof(TEvent).Name && IsEffectief(m)).Select(Lees<TEvent>)];

    /// <summary>The creating event as it now holds (corrections applied); null once withdrawn.</summary>
    public TEvent? Huidig<TEvent>() where TEvent : class => Effectief<TEvent>().LastOrDefault();

    /// <summary>The creating event as last stated, also after a withdrawal (for reading back).</summary>
    public TEvent Laatst<TEvent>() where TEvent : class =>
        Huidig<TEvent>() ?? Lees<TEvent>(meldingen.Last(m => m.EventType == typeof(TEvent).Name));

    public static TEvent Lees<TEvent>(IntakeMelding melding) =>
        JsonSerializer.Deserialize<TEvent>(melding.EventBody, IntakeStore.Json)
        ?? throw new InvalidOperationException("Leeg event in de outbox.");

    public IReadOnlyList<MeldingRegel> Regels() =>
    [
        .. meldingen.Select(melding => new MeldingRegel(melding.MeldingId, melding.EventType, melding.OntvangenOp,
            Corrigeert(melding)?.MeldingId, TrektIn(melding)?.MeldingId, IsEffectief(melding),
            JsonDocument.Parse(melding.EventBody).RootElement.Clone())),
    ];
}
