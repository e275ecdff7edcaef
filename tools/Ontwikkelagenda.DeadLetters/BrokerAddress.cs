using System.Text.Json;

namespace Ontwikkelagenda.DeadLetters;

/// <summary>Where RabbitMQ is: <c>--amqp</c>, else the <c>rabbitmq</c> URL the running AppHost wrote to its endpoints file.</summary>
public static class BrokerAddress
{
    public static Uri Resolve(DeadLetterArguments arguments)
    {
        if (arguments.AmqpUrl is { } url)
        {
            return Parse(url, "--amqp");
        }

        if (!File.Exists(arguments.EndpointsFile))
        {
            throw new DeadLetterException(
                $"{arguments.EndpointsFile} bestaat niet: start het systeem met ./run.sh of geef RabbitMQ op met --amqp URL.");
        }

        var endpoints = JsonSerializer.Deserialize<Dictionary<string, string>>(File.ReadAllText(arguments.EndpointsFile));
        return endpoints?.GetValueOrDefault("rabbitmq") is { } fromFile
            ? Parse(fromFile, arguments.EndpointsFile)
            : throw new DeadLetterException($"{arguments.EndpointsFile} noemt geen 'rabbitmq': geef RabbitMQ op met --amqp URL.");
    }

    private static Uri Parse(string url, string source) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "amqp" or "amqps"
            ? uri
            : throw new DeadLetterException($"'{url}' uit {source} is geen AMQP-URL (amqp://gebruiker:wachtwoord@host:poort/).");
}
