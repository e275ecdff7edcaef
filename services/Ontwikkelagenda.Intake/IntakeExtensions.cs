using Agenda.Domein.Referentie;
using Dapper;
using MassTransit;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Npgsql;
using Ontwikkelagenda.Intake.Audit;
using Ontwikkelagenda.Intake.Http;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.Intake.Publicatie;
using Ontwikkelagenda.Intake.Validatie;
using Ontwikkelagenda.ServiceDefaults.Security;

namespace Ontwikkelagenda.Intake;

public static class IntakeExtensions
{
    /// <summary>
    /// The intake's machinery: its own schema in <c>ConnectionStrings:&lt;connectionName&gt;</c>, the outbox publishing to
    /// <c>ConnectionStrings:rabbitmq</c> with publisher confirms, the dispatcher, the audit trail, health checks and the register.
    /// </summary>
    public static IHostApplicationBuilder AddIntake(this IHostApplicationBuilder builder, string schema, string connectionName)
    {
        builder.Services.AddOptions<IntakeOptions>()
            .Bind(builder.Configuration.GetSection(IntakeOptions.SectionName))
            .Validate(o => o.PublishTimeout > TimeSpan.Zero, "Intake:PublishTimeout moet langer zijn dan nul.")
            .Validate(o => o.DispatchInterval > TimeSpan.Zero, "Intake:DispatchInterval moet langer zijn dan nul.")
            .Validate(o => o.DispatchGrace > o.PublishTimeout,
                "Intake:DispatchGrace moet langer zijn dan Intake:PublishTimeout, anders publiceert de dispatcher wat een verzoek nog publiceert.")
            .Validate(o => o.PostsPerMinuutPerAdres > 0, "Intake:PostsPerMinuutPerAdres moet groter zijn dan nul.")
            .ValidateOnStart();
        builder.Services.AddIntakeRateLimit();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.LimitRequestBody(IntakeHttp.MaxBodyBytes);
        builder.Services.AddSingleton(new IntakeSchemaNaam(schema));

        var database = builder.Configuration.GetConnectionString(connectionName)
            ?? throw new InvalidOperationException($"ConnectionStrings:{connectionName} ontbreekt.");
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(database));
        SqlMapper.AddTypeHandler(new DateTimeOffsetTypeHandler());

        // Hosted services start in order: the schema must exist before the dispatcher reads it.
        builder.Services.AddHostedService<IntakeSchema>();
        builder.Services.AddSingleton<IntakeStore>();
        builder.Services.AddSingleton<AuditTrail>();

        var rabbitMq = builder.Configuration.GetConnectionString("rabbitmq")
            ?? throw new InvalidOperationException("ConnectionStrings:rabbitmq ontbreekt.");
        builder.Services.AddMassTransit(bus => bus.UsingRabbitMq((_, rabbit) =>
            rabbit.Host(new Uri(rabbitMq), host => host.PublisherConfirmation = true)));

        builder.Services.AddSingleton<OutboxPublisher>();
        builder.Services.AddHostedService<OutboxDispatcher>();
        builder.Services.AddHttpContextAccessor();
        builder.Services.AddSingleton<MeldingOntvangst>();
        builder.Services.AddSingleton<VeldLezerFactory>();
        builder.Services.AddSingleton<Verzoeklezer>();
        builder.Services.Configure<OpenApiOptions>("v1", options => options.AddSchemaTransformer<VeldregelSchema>());
        builder.Services.TryAddSingleton(_ => Referentiedata.Load(Path.Combine(AppContext.BaseDirectory, "data", "referentiedata.json")));

        builder.Services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>(connectionName, tags: ["ready"])
            .AddCheck<BusHealthCheck>("rabbitmq", tags: ["ready"]);
        return builder;
    }
}
