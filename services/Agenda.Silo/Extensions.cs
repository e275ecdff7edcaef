using Microsoft.Extensions.DependencyInjection.Extensions;
using Agenda.Silo.Database;
using Agenda.Silo.Grains;
using Agenda.Silo.Hosting;
using Agenda.Silo.Messaging;
using Agenda.Silo.Data;
using Agenda.Silo.Telemetry;
using Microsoft.Extensions.Hosting;

namespace Agenda.Silo;

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
        builder.AddScopeGrains();
        builder.AddAgendaOrleans();
        builder.AddAgendaMessaging();
        builder.AddAgendaTelemetry();
        return builder;
    }
}
