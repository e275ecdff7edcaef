using System.Globalization;

namespace Ontwikkelagenda.DeadLetters;

/// <summary>What the command prints, in Dutch, for operators.</summary>
public sealed class DeadLetterReport(TextWriter output, string errorQueue)
{
    public async Task ListAsync(IReadOnlyList<DeadLetter> letters)
    {
        if (letters.Count == 0)
        {
            await output.WriteLineAsync($"{errorQueue} is leeg: geen mislukte berichten.");
            return;
        }

        await output.WriteLineAsync($"{errorQueue}: {Berichten(letters.Count)} na alle retries mislukt.");
        foreach (var letter in letters)
        {
            var when = letter.Header("MT-Fault-Timestamp") is { } timestamp ? $"  {timestamp}" : "";
            await output.WriteLineAsync(string.Create(CultureInfo.InvariantCulture,
                $"{letter.Number,3}  {letter.MessageId}  {letter.MessageType}{when}"));
            await output.WriteLineAsync($"     {FirstLine(letter.Fault)}");
        }
        await output.WriteLineAsync("Details: ./deadletters.sh show <nr>; opnieuw aanbieden: ./deadletters.sh replay <nr|messageId|--all>.");
    }

    public async Task ShowAsync(DeadLetter letter, int total)
    {
        await output.WriteLineAsync($"Bericht {letter.Number} van {total} in {errorQueue}");
        await output.WriteLineAsync($"Message-id: {letter.MessageId}");
        await output.WriteLineAsync($"Eventtype:  {letter.MessageType}");
        await output.WriteLineAsync($"Fout:       {letter.Fault}");
        await output.WriteLineAsync("Headers:");
        foreach (var (name, value) in letter.Headers)
        {
            await output.WriteLineAsync($"  {name}: {value}");
        }
        await output.WriteLineAsync("Inhoud:");
        await output.WriteLineAsync(letter.Body);
    }

    public Task ReplayedAsync(DeadLetter letter, string queue) =>
        output.WriteLineAsync($"Opnieuw aangeboden aan {queue}: {letter.MessageId} ({letter.MessageType}).");

    public Task ReplaySummaryAsync(int replayed, int left, string queue) =>
        output.WriteLineAsync($"{Berichten(replayed)} opnieuw aangeboden aan {queue}; {Berichten(left)} in {errorQueue}.");

    private static string Berichten(int count) => count == 1 ? "1 bericht" : $"{count.ToString(CultureInfo.InvariantCulture)} berichten";

    private static string FirstLine(string text) => text.Split('\n', 2)[0].TrimEnd();
}
