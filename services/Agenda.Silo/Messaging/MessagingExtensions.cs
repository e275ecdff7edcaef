using MassTransit;
using Ontwikkelagenda.Agenda.Silo.Hosting;

namespace Ontwikkelagenda.Agenda.Silo.Messaging;

public static class MessagingExtensions
{
    /// <summary>
    /// MassTransit over RabbitMQ: the consumer on one durable queue that every silo replica reads
    /// (competing consumers), message retry and then the queue's <c>_error</c> queue.
    /// </summary>
    public static TBuilder AddAgendaMessaging<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        var options = builder.Configuration.GetSection(MessagingOptions.Section).Get<MessagingOptions>() ?? new();
        var rabbitMq = new Uri(builder.Configuration.Required(ConnectionNames.RabbitMq));

        builder.Services.AddSingleton<ThuiszitterScopeGrains>();
        builder.Services.AddMassTransit(bus =>
        {
            bus.AddConsumer<ThuiszitterConsumer>();

            bus.UsingRabbitMq((context, rabbit) =>
            {
                rabbit.Host(rabbitMq.Host, (ushort)rabbitMq.Port, VirtualHost(rabbitMq), host =>
                {
                    var (user, password) = Credentials(rabbitMq);
                    host.Username(user);
                    host.Password(password);
                });
                rabbit.ReceiveEndpoint(options.Wachtrij, endpoint =>
                {
                    endpoint.PrefetchCount = options.PrefetchCount;
                    endpoint.UseMessageRetry(retry => retry.Intervals(options.RetryIntervallenMs));
                    endpoint.ConfigureConsumer<ThuiszitterConsumer>(context);
                });
            });
        });
        // Start-up fails loudly when the broker is unreachable instead of running without consumers.
        builder.Services.Configure<MassTransitHostOptions>(host => host.WaitUntilStarted = true);
        return builder;
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
