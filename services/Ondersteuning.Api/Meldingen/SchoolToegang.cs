using Agenda.Domein.Referentie;
using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Intake.Toegang;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ondersteuning.Api.Meldingen;

/// <summary>
/// Whose trajectories, EED referrals and complex cases staff write and read: those of their own school, or, for the
/// staff of an SWV, of every school in it; a complex case without a school belongs to the region's SWVs.
/// </summary>
public sealed class SchoolToegang(Referentiedata register) : IEventToegang
{
    public bool Mag(Aanroeper aanroeper, string? brin) => brin is null
        ? aanroeper.OrganisatieSoort == OrganisatieSoorten.Swv && register.Samenwerkingsverbanden.Any(s => aanroeper.Is(OrganisatieSoorten.Swv, s.Code))
        : aanroeper.Is(OrganisatieSoorten.School, brin) || (register.SwvVan(brin) is { } swv && aanroeper.Is(OrganisatieSoorten.Swv, swv));

    public static string Weigering(Aanroeper aanroeper, string? brin) => brin is null
        ? $"U werkt namens {aanroeper}; een complexe casus zonder school is van de samenwerkingsverbanden."
        : $"U werkt namens {aanroeper}; school {brin} hoort niet bij uw organisatie.";

    /// <summary>The school an event is about; null for one that names no school (then the SWVs' rule holds, or none).</summary>
    public static (bool NoemtSchool, string? Brin) SchoolVan(IAgendaEvent gebeurtenis) => gebeurtenis switch
    {
        TrajectGestart traject => (true, traject.Brin.Value),
        EedVerwijzingGemeld verwijzing => (true, verwijzing.Brin.Value),
        ComplexeCasusGemeld casus => (true, casus.Brin?.Value),
        _ => (false, null),
    };

    public string? Weigering(IAgendaEvent gebeurtenis, Aanroeper aanroeper) =>
        SchoolVan(gebeurtenis) is (true, var brin) && !Mag(aanroeper, brin) ? Weigering(aanroeper, brin) : null;
}
