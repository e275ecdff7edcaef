using Agenda.Domein.Feiten;
using Agenda.Domein.Referentie;

namespace Agenda.Domein.Kpis;

/// <summary>
/// What counts for a scope: a school by BRIN, an SWV by its schools, a municipality by residence (a case by the
/// municipality it lives in on the date in question) or by its schools, the region by its four municipalities.
/// A school outside the register counts nothing. Facts are filtered here too, because a scope also holds the
/// events of entities that were corrected or transferred away from it.
/// </summary>
public sealed class ScopeAfbakening(Scope scope, Referentiedata register)
{
    public Scope Scope { get; } = scope;

    public Referentiedata Register { get; } = register;

    /// <summary>Whether the scope is known in the register (a school or SWV outside it counts nothing).</summary>
    public bool InRegister => Scope.Soort switch
    {
        ScopeSoort.School => Register.SchoolInRegister(Scope.Sleutel) is not null,
        ScopeSoort.Swv => Register.Samenwerkingsverbanden.Any(s => s.Code == Scope.Sleutel),
        ScopeSoort.Gemeente => true,
        _ => true,
    };

    /// <summary>The per-1,000 denominator of the school year holding the peildatum.</summary>
    public int? Noemer(DateOnly peildatum) => Scope.Soort switch
    {
        ScopeSoort.School => Register.LeerlingenVan(Scope.Sleutel, peildatum),
        ScopeSoort.Swv => Register.LeerlingenVanSwv(Scope.Sleutel, peildatum),
        ScopeSoort.Gemeente => Register.JongerenIn(Scope.Sleutel, peildatum),
        _ => Register.JongerenInRegio(peildatum),
    };

    /// <summary>The register schools of the scope.</summary>
    public IEnumerable<RegisterSchool> Scholen() => Register.Scholen.Where(s => BrinTelt(s.Brin));

    /// <summary>Whether a school-bound fact (trajectory, referral) at this BRIN counts for the scope.</summary>
    public bool BrinTelt(string? brin)
    {
        if (brin is null || Register.SchoolInRegister(brin) is not { } school) return false;
        return Scope.Soort switch
        {
            ScopeSoort.School => school.Brin == Scope.Sleutel,
            ScopeSoort.Swv => school.Swv == Scope.Sleutel,
            ScopeSoort.Gemeente => school.Gemeente == Scope.Sleutel,
            _ => Register.InRegio(school.Gemeente),
        };
    }

    /// <summary>Whether a case of this municipality and school counts for the scope (residence for municipality and region).</summary>
    public bool CasusTelt(string? gemeente, string? brin) => Scope.Soort switch
    {
        ScopeSoort.School => brin is not null && brin == Scope.Sleutel && Register.SchoolInRegister(brin) is not null,
        ScopeSoort.Swv => brin is not null && Register.SwvVan(brin) == Scope.Sleutel,
        ScopeSoort.Gemeente => gemeente == Scope.Sleutel,
        _ => gemeente is not null && Register.InRegio(gemeente),
    };

    /// <summary>Whether the case counts for the scope on a date.</summary>
    public bool ZaakTelt(ThuiszitterFeit zaak, DateOnly datum) => CasusTelt(zaak.GemeenteOp(datum), zaak.Brin);

    /// <summary>Whether the case counts for the scope on any day from <paramref name="van"/> to <paramref name="tot"/>.</summary>
    public bool ZaakTeltTussen(ThuiszitterFeit zaak, DateOnly van, DateOnly tot) =>
        van <= tot && (ZaakTelt(zaak, van) || zaak.Overdrachten.Any(o => o.Datum > van && o.Datum <= tot && CasusTelt(o.NaarGemeente, zaak.Brin)));

    /// <summary>
    /// The cases as the scope counts them at the peildatum: an open case where it lives at the peildatum, a closed
    /// one where it lived on its last open day (so a transfer moves the case, never doubles it).
    /// </summary>
    public IEnumerable<ThuiszitterZaak> Zaken(IEnumerable<ThuiszitterFeit> feiten, DateOnly peildatum) =>
        feiten
            .Where(z => z.Startdatum is not null && ZaakTelt(z, z.Einddatum is { } eind && eind <= peildatum ? eind.AddDays(-1) : peildatum))
            .Select(z => new ThuiszitterZaak(z.ZaakId, z.Startdatum, z.Soort, z.Einddatum, z.Uitkomst));
}
