using Agenda.Silo.EventStore;
using Agenda.Silo.Hosting;
using MassTransit;
using Microsoft.Extensions.Options;

namespace Agenda.Silo.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ: one <see cref="AgendaEventConsumer{TEvent}"/> per event type of the contracts,
    /// on one durable queue that every silo replica reads (competing consumers), message retry and then
    /// the queue's <c>_error</c> queue.
    /// </summary>
    public static TBuilder AddAgendaMessaging<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<MessagingOptions>()
            .Bind(builder.Configuration.GetSection(MessagingOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Wachtrij), "Messaging:Wachtrij mag niet leeg zijn.")
            .Validate(o => o.PrefetchCount > 0, "Messaging:PrefetchCount moet groter zijn dan nul.")
            .ValidateOnStart();
        var retryIntervallen = RetryIntervallen(builder.Configuration);
        var rabbitMq = new Uri(builder.Configuration.Required(ConnectionNames.RabbitMq));
        var consumers = EventPayload.Types.Values.Select(type => typeof(AgendaEventConsumer<>).MakeGenericType(type)).ToList();

        builder.Services.AddMassTransit(bus =>
        {
            foreach (var consumer in consumers) bus.AddConsumer(consumer);

            bus.UsingRabbitMq((context, rabbit) =>
            {
                var options = context.GetRequiredService<IOptions<MessagingOptions>>().Value;
                rabbit.Host(rabbitMq.Host, (ushort)rabbitMq.Port, VirtualHost(rabbitMq), host =>
                {
                    var (user, password) = Credentials(rabbitMq);
                    host.Username(user);
                    host.Password(password);
                });
                rabbit.ReceiveEndpoint(options.Wachtrij, endpoint =>
                {
                    endpoint.PrefetchCount = options.PrefetchCount;
                    endpoint.UseMessageRetry(retry => retry.Intervals(retryIntervallen));
                    foreach (var consumer in consumers) endpoint.ConfigureConsumer(context, consumer);
                });
            });
        });
        // Start-up fails loudly when the broker is unreachable instead of running without consumers.
        builder.Services.Configure<MassTransitHostOptions>(host => host.WaitUntilStarted = true);
        return builder;
    }

    // Read by hand: binding an array onto a default appends to it instead of replacing it.
    private static int[] RetryIntervallen(IConfiguration configuration)
    {
        var configured = configuration.GetSection($"{MessagingOptions.Section}:RetryIntervallenMs").Get<int[]>();
        return configured is { Length: > 0 } ? configured : MessagingOptions.StandaardRetryIntervallenMs;
    }

    private static string VirtualHost(Uri uri) =>
        uri.AbsolutePath is "" or "/" ? "/" : Uri.UnescapeDataString(uri.AbsolutePath.TrimStart('/'));

    private static (string User, string Password) Credentials(Uri uri)
    {
        var parts = uri.UserInfo.Split(':', 2);
        return parts is [{ Length: > 0 } user, var password]
            ? (Uri.UnescapeDataString(user), Uri.UnescapeDataString(password))
            : ("guest", "guest");
    }
}
