namespace Ontwikkelagenda.Agenda.Silo.EventStore;

/// <summary>Which events a grain's scope concerns: one municipality, school or SWV, or the whole region.</summary>
public sealed record EventScope(EventScopeKind Kind, string Key)
{
    public static EventScope Gemeente(string code) => new(EventScopeKind.Gemeente, code);
    public static EventScope School(string brin) => new(EventScopeKind.School, brin);
    public static EventScope Swv(string code) => new(EventScopeKind.Swv, code);
    public static EventScope Regio(string key) => new(EventScopeKind.Regio, key);
}
