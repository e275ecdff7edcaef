using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Contracts.Events;

namespace Ontwikkelagenda.Intake;

/// <summary>
/// What the service's domain function decided about a melding: the entity's new state with the event to publish and
/// the answer to give, or a problem (400/404/409) that changes nothing. Problems convert implicitly, so a decision can
/// <c>return NlProblems.Conflict(...)</c>.
/// </summary>
public sealed record Besluit<TStaat, TAntwoord> where TStaat : class where TAntwoord : class
{
    private Besluit() { }

    public TStaat? Staat { get; private init; }
    public IAgendaEvent? Event { get; private init; }
    public TAntwoord? Antwoord { get; private init; }
    public string? Location { get; private init; }

    /// <summary>A problem answer (<see cref="ValidationProblem"/> or <see cref="ProblemHttpResult"/>); nothing is stored.</summary>
    public IResult? Probleem { get; private init; }

    /// <summary>The entity stops counting (its creating melding was withdrawn).</summary>
    public bool Intrekken { get; init; }

    /// <summary>The meldingId this melding corrects: marked <c>gecorrigeerd_door</c>.</summary>
    public Guid? Corrigeert { get; init; }

    /// <summary>The meldingId this melding withdraws: marked <c>ingetrokken_door</c>; a withdrawn correction makes what it corrected valid again.</summary>
    public Guid? TrektIn { get; init; }

    public static Besluit<TStaat, TAntwoord> Aanvaard(TStaat staat, IAgendaEvent @event, TAntwoord antwoord, string location) =>
        new() { Staat = staat, Event = @event, Antwoord = antwoord, Location = location };

    public static Besluit<TStaat, TAntwoord> Afgewezen(IResult probleem) => probleem is ValidationProblem or ProblemHttpResult
        ? new() { Probleem = probleem }
        : throw new ArgumentException("Alleen een ValidationProblem of ProblemHttpResult.", nameof(probleem));

    public static implicit operator Besluit<TStaat, TAntwoord>(ProblemHttpResult probleem) => new() { Probleem = probleem };

    public static implicit operator Besluit<TStaat, TAntwoord>(ValidationProblem probleem) => new() { Probleem = probleem };
}
