using Microsoft.AspNetCore.Http;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ontwikkelagenda.Intake;

/// <summary>An entity as a follow-up melding finds it under its row lock: its state and all its meldingen in order received.</summary>
public sealed record Huidig<TStaat>(Entiteit<TStaat> Entiteit, IReadOnlyList<IntakeMelding> Meldingen)
{
    public TStaat Staat => Entiteit.Staat;

    /// <summary>
    /// The melding a correction or withdrawal names in <paramref name="veld"/>, or the problem: 400 when it is no melding
    /// of this entity (or itself a withdrawal), 409 when it was already corrected or withdrawn (name the newest version).
    /// </summary>
    public IResult? Weiger(Guid meldingId, string veld, out IntakeMelding? melding)
    {
        melding = Meldingen.FirstOrDefault(m => m.MeldingId == meldingId);
        if (melding is null)
            return NlProblems.Validation(veld, $"De melding {meldingId} is geen melding van {Entiteit.Id}.");
        if (melding.EventType == nameof(MeldingIngetrokken))
            return NlProblems.Validation(veld, $"De melding {meldingId} is zelf een intrekking; die kan niet worden gecorrigeerd of ingetrokken.");
        if (melding.IngetrokkenDoor is { } door)
            return NlProblems.Conflict($"De melding {meldingId} is al ingetrokken door melding {door}.");
        if (melding.GecorrigeerdDoor is { } correctie)
            return NlProblems.Conflict($"De melding {meldingId} is al gecorrigeerd door melding {correctie}; corrigeer of trek die nieuwste versie in.");
        return null;
    }

    /// <summary>The melding that <paramref name="correctieMeldingId"/> corrected, if it was a correction.</summary>
    public IntakeMelding? GecorrigeerdDoor(Guid correctieMeldingId) =>
        Meldingen.FirstOrDefault(m => m.GecorrigeerdDoor == correctieMeldingId);
}
