namespace Ontwikkelagenda.DeadLetters;

/// <summary>The command line of <c>./deadletters.sh</c>.</summary>
public sealed record DeadLetterArguments(string Action, string? Target, string Queue, string? AmqpUrl, string EndpointsFile)
{
    /// <summary>The silo's queue (<c>Messaging:Wachtrij</c>); its error queue is this name plus <c>_error</c>.</summary>
    public const string DefaultQueue = "agenda-thuiszitters";

    /// <summary>Replay every message instead of one.</summary>
    public const string All = "--all";

    public const string Usage =
        """
        Gebruik: ./deadletters.sh <opdracht> [--wachtrij NAAM] [--amqp URL] [--endpoints-file BESTAND]
          list                     toont de berichten in de foutwachtrij, genummerd
          show <nr|messageId>      toont één bericht: de fout van MassTransit, alle headers en de inhoud
          replay <nr|messageId>    biedt één bericht opnieuw aan de wachtrij aan en haalt het uit de foutwachtrij
          replay --all             doet dat met alle berichten
          --wachtrij NAAM          de wachtrij van de silo's (standaard agenda-thuiszitters; foutwachtrij NAAM_error)
          --amqp URL               RabbitMQ, bijvoorbeeld amqp://guest:guest@127.0.0.1:5672/
                                   (standaard de URL 'rabbitmq' uit het endpoints-bestand van ./run.sh)
          --endpoints-file BESTAND standaard .data/endpoints.json
        """;

    public string ErrorQueue => $"{Queue}_error";

    public static DeadLetterArguments Parse(IReadOnlyList<string> args)
    {
        var positional = new List<string>();
        string queue = DefaultQueue, endpointsFile = Path.Combine(".data", "endpoints.json");
        string? amqp = null;
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--wachtrij": queue = Value(args, ref i); break;
                case "--amqp": amqp = Value(args, ref i); break;
                case "--endpoints-file": endpointsFile = Value(args, ref i); break;
                case All: positional.Add(All); break;
                case var option when option.StartsWith("--", StringComparison.Ordinal):
                    throw new DeadLetterException($"Onbekende optie '{option}'.");
                default: positional.Add(args[i]); break;
            }
        }

        return positional switch
        {
            ["list"] => new("list", null, queue, amqp, endpointsFile),
            ["show", var target] when target != All => new("show", target, queue, amqp, endpointsFile),
            ["replay", var target] => new("replay", target, queue, amqp, endpointsFile),
            ["show" or "replay"] => throw new DeadLetterException($"{positional[0]} heeft een nummer of message-id nodig (zie ./deadletters.sh list)."),
            [] => throw new DeadLetterException("Geef een opdracht: list, show of replay."),
            _ => throw new DeadLetterException($"'{string.Join(' ', positional)}' is geen opdracht van deadletters."),
        };
    }

    private static string Value(IReadOnlyList<string> args, ref int i) =>
        ++i < args.Count ? args[i] : throw new DeadLetterException($"{args[i - 1]} heeft een waarde nodig.");
}
