namespace Agenda.Api.Live;

/// <summary>
/// The names the silo gives its scopes in change notifications (<c>Agenda.Domein.Scope.ToString()</c>, the event
/// store's routing keys), so an answer can say which scopes it was made of.
/// </summary>
public static class ScopeNamen
{
    public static string Gemeente(string code) => $"gemeente:{code}";

    public static string Swv(string code) => $"swv:{code}";

    public static string School(string brin) => $"school:{brin}";

    public static string Regio(string key) => $"regio:{key}";
}
