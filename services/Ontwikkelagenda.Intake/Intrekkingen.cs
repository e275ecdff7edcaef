using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.Intake.Validatie;

namespace Ontwikkelagenda.Intake;

/// <summary>The generic decision on a withdrawal: publish <see cref="MeldingIngetrokken"/> for the named melding of the entity.</summary>
public static class Intrekkingen
{
    public const string MeldingSoort = "intrekking";

    /// <param name="huidig">The entity under its lock; null when unknown (answered with <paramref name="onbekend"/>).</param>
    /// <param name="staatNa">
    /// The entity's state once the melding no longer counts. It gets the FIRST version of the named melding: a withdrawal
    /// takes the melding as it stands, with every version it corrects (as the silo folds it), so withdrawing a corrected
    /// ending reopens, and withdrawing a corrected creation withdraws the entity. To undo a correction, correct again.
    /// </param>
    public static Besluit<TStaat, TAntwoord> Beslis<TStaat, TAntwoord>(
        Huidig<TStaat>? huidig, GeldigeIntrekking intrekking, DateTimeOffset nu, string meldendeOrganisatie,
        Func<Huidig<TStaat>, IntakeMelding, TStaat> staatNa, TAntwoord antwoord, string location, Func<ProblemHttpResult> onbekend)
        where TStaat : class where TAntwoord : class
    {
        if (huidig is null) return onbekend();
        if (huidig.Weiger(intrekking.IngetrokkenMeldingId, "ingetrokkenMeldingId", out var doel) is { } probleem)
            return Besluit<TStaat, TAntwoord>.Afgewezen(probleem);

        var eerste = doel!;
        while (huidig.GecorrigeerdDoor(eerste.MeldingId) is { } vorige) eerste = vorige;

        var @event = new MeldingIngetrokken(Guid.CreateVersion7(), nu, meldendeOrganisatie, huidig.Entiteit.Id, doel!.EventId, intrekking.Reden);
        return Besluit<TStaat, TAntwoord>.Aanvaard(staatNa(huidig, eerste), @event, antwoord, location) with
        {
            // Withdrawing the creation (in any version) withdraws the entity: it counts nowhere any more.
            Intrekken = huidig.Meldingen[0].MeldingId == eerste.MeldingId,
            TrektIn = doel.MeldingId,
        };
    }
}
