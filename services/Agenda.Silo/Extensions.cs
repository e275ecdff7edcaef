using Microsoft.Extensions.DependencyInjection.Extensions;
using Ontwikkelagenda.Agenda.Silo.Database;
using Ontwikkelagenda.Agenda.Silo.Hosting;
using Ontwikkelagenda.Agenda.Silo.Messaging;
using Ontwikkelagenda.Agenda.Silo.Data;

namespace Microsoft.Extensions.Hosting;

/// <summary>
/// Everything the Agenda silo registers, public so a test can host a silo in-process with its own
/// configuration and its own <see cref="TimeProvider"/> (register it before or after; last one wins).
/// </summary>
public static class AgendaSiloExtensions
{
    /// <summary>
    /// The whole silo: the data files, database (migrations and seed run before Orleans and the bus
    /// start, because hosted services start in registration order), Orleans, MassTransit.
    /// Needs ConnectionStrings:agendadb, :redis and :rabbitmq, and the Orleans section.
    /// </summary>
    public static TBuilder AddAgendaSilo<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.TryAddSingleton(TimeProvider.System);

        builder.AddDomeinData();
        builder.AddAgendaDatabase();
        builder.AddAgendaOrleans();
        builder.AddAgendaMessaging();
        builder.AddAgendaTelemetry();
        return builder;
    }
}
