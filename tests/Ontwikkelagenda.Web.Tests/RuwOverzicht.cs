extern alias AgendaApi;

using Agenda.Api.Client;
using AgendaApi::Agenda.Api.Privacy;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>
/// A municipality or SWV with its exact figures, as the grains hold them. The pages tested here show the thuiszitters'
/// totals only, so every case is langdurig relatief: the kinds add up to the total, as Agenda.Api's rule requires.
/// </summary>
internal sealed record RuwGebied(
    string Code,
    string Naam,
    ThuiszitterCijfers Thuiszitters,
    JaartellingCijfers Jaartelling,
    InkoopCijfers Inkoop,
    EedCijfers Eed,
    RegieCijfers Regie,
    TrajectCijfers Trajecten,
    IReadOnlyList<DoelStand> Doelen)
{
    public ScopeCijfers Cijfers => new(Thuiszitters, Geen, Thuiszitters, Jaartelling, Inkoop, Eed, Regie, Trajecten, Doelen);

    public static ThuiszitterCijfers Geen { get; } = new(0, 0, 0m, null);
}

/// <summary>
/// The regional overview's exact figures; <see cref="Beschermd"/> answers it as Agenda.Api does, through Agenda.Api's own
/// rule (<see cref="RegioBescherming"/>), so the pages are tested against what they really get, not a copy of the rule.
/// </summary>
internal sealed record RuwOverzicht(
    DateOnly Peildatum,
    IReadOnlyList<RuwGebied> Gemeenten,
    IReadOnlyList<RuwGebied> Samenwerkingsverbanden,
    ScopeCijfers Regio)
{
    /// <summary>As a viewer without case rights (a wethouder) gets it.</summary>
    public RegioOverzicht Beschermd() => RegioBescherming.Van(
        Peildatum,
        [.. Gemeenten.Select(g => new RegioBescherming.Gebied(g.Code, g.Naam, g.Cijfers))],
        [.. Samenwerkingsverbanden.Select(s => new RegioBescherming.Gebied(s.Code, s.Naam, s.Cijfers))],
        Regio with { Absoluut = RuwGebied.Geen, LangdurigRelatief = Regio.Thuiszitters },
        Inzage.Geen);
}
