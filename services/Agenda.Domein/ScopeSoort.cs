namespace Agenda.Domein;

public enum ScopeSoort
{
    School,
    Swv,
    Gemeente,
    Regio,
}
