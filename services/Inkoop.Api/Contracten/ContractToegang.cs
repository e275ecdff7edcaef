using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Intake.Toegang;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Inkoop.Api.Contracten;

/// <summary>
/// Whose contracts an inkoper writes: its own municipality's, or the subregion's when it buys for the subregion; so a
/// correction cannot move a contract to a contractant the caller does not buy for either.
/// </summary>
public sealed class ContractToegang : IEventToegang
{
    public static bool MagSchrijven(Aanroeper aanroeper, string contractant) => contractant == ContractStaat.Subregio
        ? aanroeper.OrganisatieSoort == OrganisatieSoorten.Subregio
        : aanroeper.Is(OrganisatieSoorten.Gemeente, contractant);

    public string? Weigering(IAgendaEvent gebeurtenis, Aanroeper aanroeper)
    {
        if (gebeurtenis is not ContractGesloten gesloten) return null;
        var contractant = gesloten.Contractant.Gemeente?.Value ?? ContractStaat.Subregio;
        return MagSchrijven(aanroeper, contractant)
            ? null
            : $"U koopt in namens {aanroeper}; een contract van {(contractant == ContractStaat.Subregio ? "de subregio" : contractant)} meldt die organisatie zelf.";
    }
}
