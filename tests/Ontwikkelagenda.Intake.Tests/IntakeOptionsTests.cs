using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Ontwikkelagenda.Intake.Tests;

/// <summary>A bad <c>Intake</c> setting stops the service at start with a sentence naming it (no server is reached).</summary>
public class IntakeOptionsTests
{
    [Fact]
    public async Task A_dispatch_grace_not_longer_than_the_publish_timeout_is_refused_at_start()
    {
        var error = await StartWith("Intake:DispatchGrace", "00:00:05");
        Assert.Contains("Intake:DispatchGrace moet langer zijn dan Intake:PublishTimeout", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dispatch_interval_of_zero_is_refused_at_start()
    {
        var error = await StartWith("Intake:DispatchInterval", "00:00:00");
        Assert.Contains("Intake:DispatchInterval moet langer zijn dan nul.", error.Message, StringComparison.Ordinal);
    }

    private static async Task<OptionsValidationException> StartWith(string key, string value)
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:intakedb"] = "Host=127.0.0.1;Port=1",
            ["ConnectionStrings:rabbitmq"] = "amqp://guest:guest@127.0.0.1:1/",
            [key] = value,
        });
        builder.AddIntake(schema: "opties", connectionName: "intakedb");
        using var host = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
    }
}
