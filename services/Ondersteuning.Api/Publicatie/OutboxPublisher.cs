using System.Text.Json;
using MassTransit;
using Microsoft.Extensions.Options;
using Ondersteuning.Api.Opslag;
using Ontwikkelagenda.Contracts.Events;

namespace Ondersteuning.Api.Publicatie;

/// <summary>
/// Publishes a stored melding's event with its stored id as message id (a republish is recognised
/// downstream) and marks it published once the broker confirmed it.
/// </summary>
public sealed class OutboxPublisher(IBus bus, MeldingStore store, TimeProvider time, IOptions<OndersteuningOptions> options, ILogger<OutboxPublisher> logger)
{
    public static readonly JsonSerializerOptions EventJson = new(JsonSerializerDefaults.Web);

    /// <summary>True when the broker confirmed the event (now or earlier).</summary>
    public async Task<bool> TryPublish(OpgeslagenMelding melding, CancellationToken cancellationToken)
    {
        if (melding.GepubliceerdOp is not null) return true;
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(options.Value.PublishTimeout);
        try
        {
            await Publish(melding, timeout.Token);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(exception, "Event {EventId} van melding {MeldingId} niet bevestigd door de broker; de outbox stuurt het na",
                melding.EventId, melding.MeldingId);
            return false;
        }
        await store.MarkeerGepubliceerd(melding.MeldingId, time.GetUtcNow(), CancellationToken.None);
        return true;
    }

    private Task Publish(OpgeslagenMelding melding, CancellationToken cancellationToken) => melding.EventType switch
    {
        nameof(TrajectGestart) => Publish<TrajectGestart>(melding, cancellationToken),
        nameof(TrajectBeeindigd) => Publish<TrajectBeeindigd>(melding, cancellationToken),
        nameof(EedVerwijzingGemeld) => Publish<EedVerwijzingGemeld>(melding, cancellationToken),
        nameof(EedBehandelingGestart) => Publish<EedBehandelingGestart>(melding, cancellationToken),
        nameof(ComplexeCasusGemeld) => Publish<ComplexeCasusGemeld>(melding, cancellationToken),
        nameof(CasusregisseurToegewezen) => Publish<CasusregisseurToegewezen>(melding, cancellationToken),
        nameof(ComplexeCasusAfgesloten) => Publish<ComplexeCasusAfgesloten>(melding, cancellationToken),
        nameof(VoortgangGerapporteerd) => Publish<VoortgangGerapporteerd>(melding, cancellationToken),
        nameof(MeldingIngetrokken) => Publish<MeldingIngetrokken>(melding, cancellationToken),
        _ => throw new InvalidOperationException($"Onbekend eventtype {melding.EventType}."),
    };

    private Task Publish<T>(OpgeslagenMelding melding, CancellationToken cancellationToken) where T : class =>
        bus.Publish(Historie.Lees<T>(melding), context => context.MessageId = melding.EventId, cancellationToken);
}
