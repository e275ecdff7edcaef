namespace Identity.Client;

/// <summary>
/// The list Identity.Api writes once when it seeds the demo accounts and clients (<c>demo-accounts.txt</c>, mode 600, in its
/// data directory): a line per account or client, its name then its password or secret; <c>#</c> starts a comment.
/// </summary>
public sealed class DemoAccounts
{
    public const string FileName = "demo-accounts.txt";

    private readonly string _bestand;
    private readonly Dictionary<string, string> _geheimen;

    private DemoAccounts(string bestand, Dictionary<string, string> geheimen)
    {
        _bestand = bestand;
        _geheimen = geheimen;
    }

    /// <exception cref="FileNotFoundException">Identity.Api has not seeded (yet) on this data directory.</exception>
    public static DemoAccounts Lees(string bestand) =>
        new(bestand, File.ReadLines(bestand)
            .Where(regel => regel.Length > 0 && regel[0] != '#')
            .Select(regel => regel.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(delen => delen.Length >= 2)
            .GroupBy(delen => delen[0], StringComparer.Ordinal)
            .ToDictionary(groep => groep.Key, groep => groep.First()[1], StringComparer.Ordinal));

    /// <summary>The password of a demo account or the secret of a demo client.</summary>
    /// <exception cref="KeyNotFoundException">No such account or client in the list.</exception>
    public string Geheim(string naam) =>
        _geheimen.TryGetValue(naam, out var geheim) ? geheim : throw new KeyNotFoundException($"{naam} staat niet in {_bestand}.");

    /// <summary>Demo client <paramref name="clientId"/> at the Identity.Api at <paramref name="authority"/>.</summary>
    public ClientCredentials Client(Uri authority, string clientId) => new(authority, clientId, Geheim(clientId));
}
