using Agenda.Silo.Messaging;

namespace Ontwikkelagenda.UnitTests.Options;

public class MessagingOptionsTests
{
    [Fact]
    public async Task A_prefetch_count_of_zero_is_refused_at_start()
    {
        var error = await StartupValidation.RefusedAtStart("Messaging:PrefetchCount", "0", builder =>
        {
            builder.Configuration["ConnectionStrings:rabbitmq"] = "amqp://guest:guest@127.0.0.1:1/";
            builder.AddAgendaMessaging();
        });
        Assert.Equal("Messaging:PrefetchCount moet groter zijn dan nul.", error.Message);
    }
}
