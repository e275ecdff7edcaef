using Identity.Client;
using Ontwikkelagenda.Voorbeelddata;

// By hand: dotnet run --project tools/Ontwikkelagenda.Voorbeelddata -- data/voorbeeld/meldingen.json \
//   --identity http://127.0.0.1:5100/ --demo-accounts <identity data dir>/demo-accounts.txt \
//   inkoop-api=http://127.0.0.1:5101 ondersteuning-api=http://127.0.0.1:5102
const string Gebruik = "Gebruik: Ontwikkelagenda.Voorbeelddata <meldingen.json> --identity <url> --demo-accounts <bestand> <service>=<url> [<service>=<url> ...]";

string? identity = null, demoAccounts = null;
var services = new Dictionary<string, Uri>();
for (var i = 1; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--identity" when i + 1 < args.Length:
            identity = args[++i];
            break;
        case "--demo-accounts" when i + 1 < args.Length:
            demoAccounts = args[++i];
            break;
        case var service when service.Contains('=', StringComparison.Ordinal):
            var (naam, url) = (service[..service.IndexOf('=', StringComparison.Ordinal)], service[(service.IndexOf('=', StringComparison.Ordinal) + 1)..]);
            if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            {
                Console.Error.WriteLine($"Voorbeelddata: {url} is geen geldige URL voor {naam}.");
                return 2;
            }
            services[naam] = uri;
            break;
        default:
            Console.Error.WriteLine(Gebruik);
            return 2;
    }
}

if (args.Length == 0 || services.Count == 0 || identity is null || demoAccounts is null)
{
    Console.Error.WriteLine(Gebruik);
    return 2;
}

if (!Uri.TryCreate(identity, UriKind.Absolute, out var authority))
{
    Console.Error.WriteLine($"Voorbeelddata: {identity} is geen geldige URL voor Identity.Api.");
    return 2;
}

if (!File.Exists(demoAccounts))
{
    Console.Error.WriteLine($"Voorbeelddata: het bestand {demoAccounts} met de demo-clients bestaat niet (Identity.Api schrijft het bij de eerste start).");
    return 2;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
try
{
    await VoorbeelddataLoader.Load(args[0], services, authority, DemoAccounts.Lees(demoAccounts), Console.Out, cancel.Token);
    return 0;
}
catch (VoorbeelddataException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
