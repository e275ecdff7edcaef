using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Inkoop.Api.Contracten;

/// <summary>Whose contracts an inkoper writes: its own municipality's, or the subregion's when it buys for the subregion.</summary>
public static class ContractToegang
{
    public static bool MagSchrijven(Aanroeper aanroeper, string contractant) => contractant == ContractStaat.Subregio
        ? aanroeper.OrganisatieSoort == OrganisatieSoorten.Subregio
        : aanroeper.Is(OrganisatieSoorten.Gemeente, contractant);

    public static bool MagSchrijven(Aanroeper aanroeper, Contractant contractant) =>
        MagSchrijven(aanroeper, contractant.Gemeente?.Value ?? ContractStaat.Subregio);

    public static string Weigering(Aanroeper aanroeper, Contractant contractant) =>
        $"U koopt in namens {aanroeper}; een contract van {contractant.Gemeente?.Value ?? "de subregio"} meldt die organisatie zelf.";
}
