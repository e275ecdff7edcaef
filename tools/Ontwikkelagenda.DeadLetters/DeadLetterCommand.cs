namespace Ontwikkelagenda.DeadLetters;

/// <summary>
/// <c>./deadletters.sh list | show | replay</c>: reads the error queue, prints in Dutch, replays.
/// Exit code 0 done, 1 failed (one sentence on <c>error</c>), 2 wrong arguments.
/// </summary>
public static class DeadLetterCommand
{
    public static async Task<int> RunAsync(IReadOnlyList<string> args, TextWriter output, TextWriter error, CancellationToken cancellationToken)
    {
        if (args is ["--help" or "-h" or "help"])
        {
            await output.WriteLineAsync(DeadLetterArguments.Usage);
            return 0;
        }

        DeadLetterArguments arguments;
        try
        {
            arguments = DeadLetterArguments.Parse(args);
        }
        catch (DeadLetterException e)
        {
            await error.WriteLineAsync(e.Message);
            await error.WriteLineAsync(DeadLetterArguments.Usage);
            return 2;
        }

        try
        {
            await using var queue = await ErrorQueueSession.OpenAsync(BrokerAddress.Resolve(arguments), arguments.Queue, cancellationToken);
            var letters = await queue.ReadAllAsync(cancellationToken);
            var report = new DeadLetterReport(output, queue.ErrorQueue);
            switch (arguments.Action)
            {
                case "list":
                    await report.ListAsync(letters);
                    break;
                case "show":
                    await report.ShowAsync(Find(letters, arguments.Target!, queue.ErrorQueue), letters.Count);
                    break;
                case "replay":
                    var chosen = arguments.Target == DeadLetterArguments.All ? letters : [Find(letters, arguments.Target!, queue.ErrorQueue)];
                    foreach (var letter in chosen)
                    {
                        await queue.ReplayAsync(letter, cancellationToken);
                        await report.ReplayedAsync(letter, queue.Queue);
                    }
                    await report.ReplaySummaryAsync(chosen.Count, letters.Count - chosen.Count, queue.Queue);
                    break;
            }

            return 0;
        }
        catch (DeadLetterException e)
        {
            await error.WriteLineAsync(e.Message);
            return 1;
        }
    }

    /// <summary>A message by its number in the list or its message id.</summary>
    private static DeadLetter Find(IReadOnlyList<DeadLetter> letters, string target, string errorQueue) =>
        (int.TryParse(target, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number)
            ? letters.FirstOrDefault(l => l.Number == number)
            : letters.FirstOrDefault(l => string.Equals(l.MessageId, target, StringComparison.OrdinalIgnoreCase)))
        ?? throw new DeadLetterException(letters.Count == 0
            ? $"{errorQueue} is leeg: er is geen bericht {target}."
            : $"{errorQueue} heeft geen bericht {target}: zie ./deadletters.sh list (nummers 1 tot en met {letters.Count}).");
}
