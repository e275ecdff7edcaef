using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Intake.Toegang;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Leerplicht.Api.Intake;

/// <summary>
/// A case is reported only by the leerplichtambtenaar of the municipality it is reported for. Its correction may name
/// another municipality: the case's own municipality (checked on the path) may hand a case over, as with a transfer.
/// </summary>
public sealed class ThuiszitterToegang : IEventToegang
{
    public string? Weigering(IAgendaEvent gebeurtenis, Aanroeper aanroeper) => gebeurtenis switch
    {
        ThuiszitterGemeld { Corrigeert: null } gemeld when !aanroeper.Is(OrganisatieSoorten.Gemeente, gemeld.Gemeente.Value) =>
            $"U meldt namens {aanroeper}; een zaak van {gemeld.Gemeente.Value} meldt die gemeente zelf.",
        _ => null,
    };
}
