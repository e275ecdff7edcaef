using System.Text.Json;
using Ondersteuning.Api.Publicatie;
using Ontwikkelagenda.Contracts.Events;

namespace Ondersteuning.Api.Opslag;

/// <summary>
/// The meldingen of one entity in order of arrival, folded as the silo folds events: a melding is
/// effective when no version of it is withdrawn (a withdrawal takes the melding as it stands, with what it
/// corrects) and it is not replaced by an effective correction.
/// </summary>
public sealed class Historie(Entiteit entiteit, IReadOnlyList<OpgeslagenMelding> meldingen)
{
    public Entiteit Entiteit => entiteit;

    public IReadOnlyList<OpgeslagenMelding> Meldingen => meldingen;

    public OpgeslagenMelding? Find(Guid meldingId) => meldingen.FirstOrDefault(m => m.MeldingId == meldingId);

    public bool IsEffectief(OpgeslagenMelding melding) =>
        melding.EventType != nameof(MeldingIngetrokken)
        && !Versies(melding).Any(v => meldingen.Any(m => m.TrektInMeldingId == v))
        && !meldingen.Any(m => m.CorrigeertMeldingId == melding.MeldingId && IsEffectief(m));

    /// <summary>Every version of a melding: what it corrects and what corrects it. A withdrawal of one takes them all.</summary>
    private HashSet<Guid> Versies(OpgeslagenMelding melding)
    {
        var versies = new HashSet<Guid>();
        var teDoen = new Stack<Guid>([melding.MeldingId]);
        while (teDoen.TryPop(out var id))
        {
            if (!versies.Add(id)) continue;
            if (Find(id)?.CorrigeertMeldingId is { } vorige) teDoen.Push(vorige);
            foreach (var volgende in meldingen.Where(m => m.CorrigeertMeldingId == id)) teDoen.Push(volgende.MeldingId);
        }
        return versies;
    }

    /// <summary>True once the creating melding (of type <paramref name="aanmaakEvent"/>) is withdrawn: the entity counts nowhere.</summary>
    public bool IsIngetrokken(string aanmaakEvent) => !meldingen.Any(m => m.EventType == aanmaakEvent && IsEffectief(m));

    /// <summary>The effective events of one type, in order of arrival.</summary>
    public IReadOnlyList<TEvent> Effectief<TEvent>() where TEvent : class =>
        [.. meldingen.Where(m => m.EventType == typeof(TEvent).Name && IsEffectief(m)).Select(Lees<TEvent>)];

    /// <summary>The entity's creating event as it now holds (corrections applied); null once withdrawn.</summary>
    public TEvent? Huidig<TEvent>() where TEvent : class => Effectief<TEvent>().LastOrDefault();

    /// <summary>The creating event as last stated, also after a withdrawal (for reading back).</summary>
    public TEvent Laatst<TEvent>() where TEvent : class =>
        Huidig<TEvent>() ?? Lees<TEvent>(meldingen.Last(m => m.EventType == typeof(TEvent).Name));

    public static TEvent Lees<TEvent>(OpgeslagenMelding melding) =>
        JsonSerializer.Deserialize<TEvent>(melding.EventBody, OutboxPublisher.EventJson)
        ?? throw new InvalidOperationException("Leeg event in de outbox.");
}
