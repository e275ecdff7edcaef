using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Leerplicht.Api.Tests;

/// <summary>A bad <c>Leerplicht</c> setting stops the service at start with a sentence naming it (no server is reached).</summary>
public class LeerplichtOptionsTests
{
    [Fact]
    public async Task A_deadline_interval_of_zero_is_refused_at_start()
    {
        var builder = Host.CreateApplicationBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:leerplichtdb"] = "Host=127.0.0.1;Port=1",
            ["ConnectionStrings:rabbitmq"] = "amqp://guest:guest@127.0.0.1:1/",
            ["Leerplicht:TermijnInterval"] = "00:00:00",
        });
        builder.AddLeerplichtServices();
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(TestContext.Current.CancellationToken));
        Assert.Equal("Leerplicht:TermijnInterval moet langer zijn dan nul.", error.Message);
    }
}
