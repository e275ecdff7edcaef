using Agenda.Domein.Referentie;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ondersteuning.Api.Voortgang;

/// <summary>
/// The organisation a progress report is stored under: the caller's, named from its token by the register ("Gemeente
/// Assen", "SWV PO 22.01", a school's name), never from the request. Only that organisation corrects or withdraws it.
/// </summary>
public sealed class RapporterendeOrganisatie(Referentiedata register)
{
    public string Van(Aanroeper aanroeper) => aanroeper.OrganisatieSoort switch
    {
        OrganisatieSoorten.Gemeente when register.GemeenteInRegister(aanroeper.OrganisatieCode) is { } gemeente => "Gemeente " + gemeente.Naam,
        OrganisatieSoorten.Swv when register.Samenwerkingsverbanden.FirstOrDefault(s => aanroeper.Is(OrganisatieSoorten.Swv, s.Code)) is { } swv => swv.Naam,
        OrganisatieSoorten.School when register.SchoolInRegister(aanroeper.OrganisatieCode) is { } school => school.Naam,
        _ => aanroeper.ToString(),
    };
}
