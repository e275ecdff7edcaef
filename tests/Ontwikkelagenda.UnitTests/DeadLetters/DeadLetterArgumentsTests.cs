using Ontwikkelagenda.DeadLetters;

namespace Ontwikkelagenda.UnitTests.DeadLetters;

/// <summary>The command line of ./deadletters.sh and where it finds RabbitMQ; wrong input is one Dutch sentence.</summary>
public sealed class DeadLetterArgumentsTests : IDisposable
{
    private readonly string endpointsFile = Path.Combine(Path.GetTempPath(), $"endpoints-{Guid.NewGuid():N}.json");

    [Fact]
    public void List_reads_the_error_queue_of_the_silos_queue_from_the_running_system_by_default()
    {
        var arguments = DeadLetterArguments.Parse(["list"]);

        Assert.Equal(("list", null, "agenda-thuiszitters", "agenda-thuiszitters_error", null),
            (arguments.Action, arguments.Target, arguments.Queue, arguments.ErrorQueue, arguments.AmqpUrl));
        Assert.Equal(Path.Combine(".data", "endpoints.json"), arguments.EndpointsFile);
    }

    [Fact]
    public void Options_may_stand_anywhere()
    {
        var arguments = DeadLetterArguments.Parse(["--wachtrij", "q", "replay", "--amqp", "amqp://u:p@h:1/", "--all"]);

        Assert.Equal(("replay", DeadLetterArguments.All, "q", "q_error", "amqp://u:p@h:1/"),
            (arguments.Action, arguments.Target, arguments.Queue, arguments.ErrorQueue, arguments.AmqpUrl));
    }

    [Theory]
    [InlineData(new string[0], "Geef een opdracht: list, show of replay.")]
    [InlineData(new[] { "show" }, "show heeft een nummer of message-id nodig (zie ./deadletters.sh list).")]
    [InlineData(new[] { "replay" }, "replay heeft een nummer of message-id nodig (zie ./deadletters.sh list).")]
    [InlineData(new[] { "show", "--all" }, "'show --all' is geen opdracht van deadletters.")]
    [InlineData(new[] { "list", "--force" }, "Onbekende optie '--force'.")]
    [InlineData(new[] { "list", "--amqp" }, "--amqp heeft een waarde nodig.")]
    public void Wrong_arguments_are_refused_in_one_sentence(string[] args, string sentence) =>
        Assert.Equal(sentence, Assert.Throws<DeadLetterException>(() => DeadLetterArguments.Parse(args)).Message);

    [Fact]
    public async Task Wrong_arguments_exit_with_2_and_the_usage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var code = await DeadLetterCommand.RunAsync(["herstel"], output, error, TestContext.Current.CancellationToken);

        Assert.Equal(2, code);
        Assert.StartsWith("'herstel' is geen opdracht van deadletters.", error.ToString(), StringComparison.Ordinal);
        Assert.Contains(DeadLetterArguments.Usage, error.ToString(), StringComparison.Ordinal);
        Assert.Empty(output.ToString());
    }

    [Fact]
    public void RabbitMQ_is_the_rabbitmq_url_AppHost_wrote_unless_amqp_is_given()
    {
        File.WriteAllText(endpointsFile, """{ "rabbitmq": "amqp://guest:guest@127.0.0.1:5999/", "web": "http://127.0.0.1:5080" }""");

        Assert.Equal(new Uri("amqp://guest:guest@127.0.0.1:5999/"), BrokerAddress.Resolve(DeadLetterArguments.Parse(["list", "--endpoints-file", endpointsFile])));
        Assert.Equal(new Uri("amqp://a:b@broker:5672/"),
            BrokerAddress.Resolve(DeadLetterArguments.Parse(["list", "--endpoints-file", endpointsFile, "--amqp", "amqp://a:b@broker:5672/"])));
    }

    [Fact]
    public void Without_a_running_system_or_amqp_the_command_says_what_to_do()
    {
        var error = Assert.Throws<DeadLetterException>(() => BrokerAddress.Resolve(DeadLetterArguments.Parse(["list", "--endpoints-file", endpointsFile])));

        Assert.Equal($"{endpointsFile} bestaat niet: start het systeem met ./run.sh of geef RabbitMQ op met --amqp URL.", error.Message);
    }

    [Theory]
    [InlineData("""{ "web": "http://127.0.0.1:5080" }""", "noemt geen 'rabbitmq'")]
    [InlineData("""{ "rabbitmq": "http://127.0.0.1:15672" }""", "is geen AMQP-URL")]
    public void An_endpoints_file_without_an_amqp_url_is_refused(string json, string reason)
    {
        File.WriteAllText(endpointsFile, json);

        var error = Assert.Throws<DeadLetterException>(() => BrokerAddress.Resolve(DeadLetterArguments.Parse(["list", "--endpoints-file", endpointsFile])));

        Assert.Contains(reason, error.Message, StringComparison.Ordinal);
    }

    public void Dispose() => File.Delete(endpointsFile);
}
