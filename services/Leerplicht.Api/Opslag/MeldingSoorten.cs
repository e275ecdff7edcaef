namespace Leerplicht.Api.Opslag;

/// <summary>
/// The kinds of melding the intake stores (<c>meldingen.soort</c>): what was asked. What a melding is about follows from
/// its event (<see cref="Intake.MeldingGeschiedenis.Soort"/>): a correction of a closing is a closing in the history.
/// </summary>
public static class MeldingSoorten
{
    public const string Gemeld = "gemeld";
    public const string Beeindigd = "beeindigd";
    public const string Overgedragen = "overgedragen";
    public const string Correctie = "correctie";
    public const string TermijnOverschreden = "termijn-overschreden";
}
