using Dapper;
using Leerplicht.Api.Intake;
using Leerplicht.Api.Opslag;
using Leerplicht.Api.Publicatie;
using Leerplicht.Api.Termijnen;
using MassTransit;
using Npgsql;

namespace Leerplicht.Api;

public static class Extensions
{
    public static IHostApplicationBuilder AddLeerplichtServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LeerplichtOptions>().Bind(builder.Configuration.GetSection(LeerplichtOptions.SectionName));
        builder.Services.AddSingleton(TimeProvider.System);

        var leerplichtDb = builder.Configuration.GetConnectionString("leerplichtdb")
            ?? throw new InvalidOperationException("ConnectionStrings:leerplichtdb ontbreekt.");
        builder.Services.AddSingleton(_ => NpgsqlDataSource.Create(leerplichtDb));
        SqlMapper.AddTypeHandler(new DateOnlyTypeHandler());
        SqlMapper.AddTypeHandler(new DateTimeOffsetTypeHandler());

        // Hosted services start in order: the schema must exist before the dispatcher reads it.
        builder.Services.AddHostedService<LeerplichtSchema>();
        builder.Services.AddSingleton<MeldingStore>();

        var rabbitMq = builder.Configuration.GetConnectionString("rabbitmq")
            ?? throw new InvalidOperationException("ConnectionStrings:rabbitmq ontbreekt.");
        builder.Services.AddMassTransit(bus => bus.UsingRabbitMq((_, rabbit) =>
            rabbit.Host(new Uri(rabbitMq), host => host.PublisherConfirmation = true)));

        builder.Services.AddSingleton<OutboxPublisher>();
        builder.Services.AddHostedService<OutboxDispatcher>();
        builder.Services.AddHostedService<TermijnBewaking>();

        builder.Services.AddSingleton<MeldingValidator>();
        builder.Services.AddScoped<ThuiszitterIntake>();
        builder.Services.AddScoped<ThuiszitterVervolg>();

        builder.Services.AddHealthChecks()
            .AddCheck<PostgresHealthCheck>("leerplichtdb", tags: ["ready"])
            .AddCheck<BusHealthCheck>("rabbitmq", tags: ["ready"]);
        return builder;
    }
}
