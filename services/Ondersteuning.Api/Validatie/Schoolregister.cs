using Agenda.Domein.Referentie;
using Ontwikkelagenda.Contracts.Register;
using Ontwikkelagenda.Contracts.Values;

namespace Ondersteuning.Api.Validatie;

/// <summary>
/// The region's schools and municipalities from the intake's <see cref="Referentiedata"/>: a trajectory or EED
/// referral routes by school, so its BRIN must be in the register.
/// </summary>
public sealed class Schoolregister(Referentiedata referentiedata)
{
    public School? School(Brin brin) => referentiedata.School(brin.Value);

    public string GemeenteNaam(GemeenteCode code) => referentiedata.Gemeente(code.Value)?.Naam ?? code.Value;
}
