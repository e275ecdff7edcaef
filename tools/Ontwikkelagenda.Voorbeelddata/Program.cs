using Ontwikkelagenda.Voorbeelddata;

// By hand: dotnet run --project tools/Ontwikkelagenda.Voorbeelddata -- data/voorbeeld/meldingen.json \
//   inkoop-api=http://127.0.0.1:5101 ondersteuning-api=http://127.0.0.1:5102
if (args.Length < 2 || args.Skip(1).Any(a => !a.Contains('=')))
{
    Console.Error.WriteLine("Gebruik: Ontwikkelagenda.Voorbeelddata <meldingen.json> <service>=<url> [<service>=<url> ...]");
    return 2;
}

var services = new Dictionary<string, Uri>();
foreach (var arg in args.Skip(1))
{
    var (naam, url) = (arg[..arg.IndexOf('=')], arg[(arg.IndexOf('=') + 1)..]);
    if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
    {
        Console.Error.WriteLine($"Voorbeelddata: {url} is geen geldige URL voor {naam}.");
        return 2;
    }
    services[naam] = uri;
}

using var cancel = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; cancel.Cancel(); };
try
{
    await VoorbeelddataLoader.Load(args[0], services, Console.Out, cancel.Token);
    return 0;
}
catch (VoorbeelddataException e)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
