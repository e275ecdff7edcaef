using Agenda.Domein.Referentie;
using Ontwikkelagenda.Contracts.Values;

namespace Inkoop.Api;

/// <summary>Who reports: the contracting municipality or the subregion for contracts, the joint procurement office for providers.</summary>
public sealed class MeldendeOrganisaties(Referentiedata register)
{
    public const string Inkoop = "Inkoop jeugdhulp NMD";
    public const string Subregio = "Subregio Noord- en Midden-Drenthe";

    public string Voor(Contractant contractant) => contractant.Gemeente is { } gemeente
        ? "Gemeente " + (register.Gemeente(gemeente.Value)?.Naam ?? gemeente.Value)
        : Subregio;
}
