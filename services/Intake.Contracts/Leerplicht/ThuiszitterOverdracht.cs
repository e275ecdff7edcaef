using System.ComponentModel;
using Intake.Contracts.Regels;

namespace Intake.Contracts.Leerplicht;

/// <summary>The body of <c>POST /v1/thuiszitters/{id}/overdrachten</c>; the case's own municipality and startdatum are checked after these rules.</summary>
[Description("Overdracht van een open zaak aan een andere gemeente van de regio na een verhuizing; startdatum en termijn blijven. Een verhuizing buiten de regio is een beëindiging met uitkomst verhuisd.")]
public sealed record ThuiszitterOverdracht(
    [property: MeldingId, Description(Omschrijving.MeldingId)]
    Guid? MeldingId,
    [property: Gemeente(BuitenRegio = ThuiszitterOverdracht.BuitenRegio),
        Description("CBS-code van de nieuwe woongemeente: GM1680, GM0106, GM1731 of GM1730, niet de huidige.")]
    string? NaarGemeente,
    [property: Datum("De overdrachtsdatum"), Description("Vanaf deze dag telt de zaak voor de nieuwe gemeente; niet voor de startdatum, niet in de toekomst.")]
    DateOnly? Overdrachtsdatum)
{
    /// <summary>The second reason for a municipality outside the region; the intake repeats it in the problem's detail.</summary>
    public const string BuitenRegio = "Een verhuizing buiten regio 22.01 is geen overdracht maar een beëindiging met uitkomst 'verhuisd' (POST /v1/thuiszitters/{id}/beeindiging).";
}
