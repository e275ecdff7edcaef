using Dapper;
using MassTransit;
using Npgsql;
using Ondersteuning.Api.ComplexeCasussen;
using Ondersteuning.Api.EedVerwijzingen;
using Ondersteuning.Api.Meldingen;
using Ondersteuning.Api.Opslag;
using Ondersteuning.Api.Publicatie;
using Ondersteuning.Api.Trajecten;
using Ondersteuning.Api.Validatie;
using Ondersteuning.Api.Voortgang;

namespace Ondersteuning.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddOndersteuningServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<OndersteuningOptions>().Bind(builder.Configuration.GetSection(OndersteuningOptions.SectionName));
        builder.Services.AddSingleton(TimeProvider.System);

        // The register and the agenda are versioned files copied next to the service (data/).
        var data = Path.Combine(AppContext.BaseDirectory, "data");
        builder.Services.AddSingleton(_ => Schoolregister.Load(data));
        builder.Services.AddSingleton(_ => AgendaDoelen.Load(data));

        var database = builder.Configuration.GetConnectionString("ondersteuningdb")
            ?? throw new InvalidOperationException("ConnectionStrings:ondersteuningdb ontbreekt.");
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(database));
        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        SqlMapper.AddTypeHandler(new DateTimeOffsetTypeHandler());

        // Hosted services start in order: the schema must exist before the dispatcher reads it.
        builder.Services.AddHostedService<OndersteuningSchema>();
        builder.Services.AddSingleton<MeldingStore>();

        var rabbitMq = builder.Configuration.GetConnectionString("rabbitmq")
            ?? throw new InvalidOperationException("ConnectionStrings:rabbitmq ontbreekt.");
        builder.Services.AddMassTransit(bus => bus.UsingRabbitMq((_, rabbit) =>
            rabbit.Host(new Uri(rabbitMq), host => host.PublisherConfirmation = true)));

        builder.Services.AddSingleton<OutboxPublisher>();
        builder.Services.AddHostedService<OutboxDispatcher>();

        builder.Services.AddSingleton<MeldingValidator>();
        builder.Services.AddScoped<IntakeFlow>();
        builder.Services.AddScoped<TrajectIntake>();
        builder.Services.AddScoped<EedVerwijzingIntake>();
        builder.Services.AddScoped<ComplexeCasusIntake>();
        builder.Services.AddScoped<VoortgangIntake>();

        builder.Services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("ondersteuningdb", tags: ["ready"])
            .AddCheck<BusHealthCheck>("rabbitmq", tags: ["ready"]);
        return builder;
    }
}
