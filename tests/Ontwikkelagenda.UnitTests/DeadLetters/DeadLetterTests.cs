using System.Text;
using Ontwikkelagenda.DeadLetters;
using RabbitMQ.Client;

namespace Ontwikkelagenda.UnitTests.DeadLetters;

/// <summary>A message of an error queue as the command shows it: MassTransit's envelope and fault headers made readable.</summary>
public sealed class DeadLetterTests
{
    private const string Envelope = """
        {"messageId":"e3490000-0000-0000-0000-000000000001","messageType":["urn:message:Ontwikkelagenda.Contracts.Events:ContractBeeindigd",
         "urn:message:Ontwikkelagenda.Contracts.Events:IAgendaEvent"],"message":{"contractId":"c","occurredAt":"2026-03-02T09:30:00+01:00"}}
        """;

    [Fact]
    public void The_fault_type_message_and_event_type_come_from_MassTransits_headers_and_envelope()
    {
        var properties = new BasicProperties
        {
            Headers = new Dictionary<string, object?>
            {
                ["MT-Fault-ExceptionType"] = Encoding.UTF8.GetBytes("Agenda.Silo.EventStore.EntiteitOnbekendException"),
                ["MT-Fault-Message"] = Encoding.UTF8.GetBytes("ContractBeeindigd 1 hoort bij entiteit 2, die nog geen events heeft."),
                ["MT-Fault-RetryCount"] = 8,
            },
        };

        var letter = DeadLetter.From(3, properties, Encoding.UTF8.GetBytes(Envelope));

        Assert.Equal((3, "e3490000-0000-0000-0000-000000000001", "ContractBeeindigd"), (letter.Number, letter.MessageId, letter.MessageType));
        Assert.Equal("EntiteitOnbekendException: ContractBeeindigd 1 hoort bij entiteit 2, die nog geen events heeft.", letter.Fault);
        Assert.Equal(["MT-Fault-ExceptionType", "MT-Fault-Message", "MT-Fault-RetryCount"], letter.Headers.Select(h => h.Name));
        Assert.Equal("8", letter.Header("MT-Fault-RetryCount"));
        // Indented, and "+" shown as itself.
        Assert.Contains("\"occurredAt\": \"2026-03-02T09:30:00+01:00\"", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void A_message_that_is_not_MassTransit_json_is_shown_as_it_is()
    {
        var letter = DeadLetter.From(1, new BasicProperties { MessageId = "m-1" }, Encoding.UTF8.GetBytes("geen json"));

        Assert.Equal(("m-1", "(onbekend type)", "geen json", "(geen foutgegevens in de headers)"),
            (letter.MessageId, letter.MessageType, letter.Body, letter.Fault));
    }
}
