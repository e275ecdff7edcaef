namespace Ontwikkelagenda.Agenda.Silo.EventStore;

public enum EventScopeKind
{
    Gemeente,
    School,
    Swv,
    Regio,
}
