using Ontwikkelagenda.AppHost;
using Ontwikkelagenda.AppHost.Backup;
using Ontwikkelagenda.AppHost.Servers;
using Ontwikkelagenda.AppHost.Services;
using Ontwikkelagenda.LocalServers;

// The whole system: servers from Debian's packages, the Orleans cluster, the services and the web.
try
{
    if (args is [BackupCommand.Verb, .. var backupArgs])
    {
        return await BackupCommand.RunAsync(backupArgs);
    }

    var options = AppHostOptions.Parse(args);
    if (options.ShowHelp)
    {
        Console.WriteLine(AppHostOptions.Usage);
        return 0;
    }

    StartupChecks.ThrowIfWebPortTaken(options);
    DatabaseRestore.ThrowIfUnusable(options);
    DataDirectory.Prepare(options);
    await DatabaseRestore.RunAsync(options);
    DashboardDefaults.Apply();

    // Our options are not Aspire's configuration, so they are not passed on as arguments.
    var builder = DistributedApplication.CreateBuilder(new DistributedApplicationOptions { Args = [] });
    builder.Services.AddSingleton(options);
    builder.Services.AddHostedService<SystemReadyReporter>();
    builder.Services.AddHostedService<OrderedShutdown>();

    var postgres = builder.AddLocalPostgres(SystemDatabases.Server, options.ServerDir(SystemDatabases.Server));
    var agendaDb = postgres.AddDatabase(SystemDatabases.EventStore);
    var leerplichtDb = postgres.AddDatabase(SystemDatabases.Leerplicht);
    var inkoopDb = postgres.AddDatabase(SystemDatabases.Inkoop);
    var ondersteuningDb = postgres.AddDatabase(SystemDatabases.Ondersteuning);
    var identityDb = postgres.AddDatabase(SystemDatabases.Identity);
    var rabbitmq = builder.AddLocalRabbitMq("rabbitmq", options.ServerDir("rabbitmq"));
    var redis = builder.AddLocalRedis("redis", options.ServerDir("redis"));

    // A new cluster id every run, as for a new deployment: silos of a killed run are never waited for.
    var orleans = builder.AddOrleans("orleans")
        .WithServiceId("ontwikkelagenda")
        .WithClusterId($"ontwikkelagenda-{DateTime.UtcNow:yyyyMMddHHmmss}")
        .WithClustering(new RedisClusteringThroughConnectionString(redis));

    var identityApi = builder.AddService<Projects.Identity_Api>(IdentityService.Name)
        .WithReference(identityDb).WaitFor(identityDb)
        .AsDemoIdentityServer(options);

    var silos = Enumerable.Range(0, 2)
        .Select(i => builder.AddService<Projects.Agenda_Silo>($"agenda-silo-{i}")
            .WithReference(orleans)
            .WithReference(agendaDb).WaitFor(agendaDb)
            .WithReference(rabbitmq).WaitFor(rabbitmq)
            .WaitFor(redis))
        .ToList();

    var agendaApi = builder.AddService<Projects.Agenda_Api>("agenda-api")
        .WithReference(orleans.AsClient())
        .WaitFor(silos[0]).WaitFor(silos[1])
        .TrustsTokensOf(identityApi);

    // The intakes start once the silos consume: on a new RabbitMQ their queues exist only then, and an event an
    // outbox sends before that (after --restore, every one) would be confirmed by the broker and lost.
    var leerplichtApi = builder.AddService<Projects.Leerplicht_Api>("leerplicht-api")
        .WithReference(leerplichtDb).WaitFor(leerplichtDb)
        .WithReference(rabbitmq).WaitFor(rabbitmq)
        .WaitFor(silos[0]).WaitFor(silos[1])
        .TrustsTokensOf(identityApi);

    var inkoopApi = builder.AddService<Projects.Inkoop_Api>("inkoop-api")
        .WithReference(inkoopDb).WaitFor(inkoopDb)
        .WithReference(rabbitmq).WaitFor(rabbitmq)
        .WaitFor(silos[0]).WaitFor(silos[1])
        .TrustsTokensOf(identityApi);

    var ondersteuningApi = builder.AddService<Projects.Ondersteuning_Api>("ondersteuning-api")
        .WithReference(ondersteuningDb).WaitFor(ondersteuningDb)
        .WithReference(rabbitmq).WaitFor(rabbitmq)
        .WaitFor(silos[0]).WaitFor(silos[1])
        .TrustsTokensOf(identityApi);

    var web = builder.AddService<Projects.Ontwikkelagenda_Web>("web", port: options.WebPort == 0 ? null : options.WebPort)
        .WithReference(identityApi).WaitFor(identityApi)
        .WithReference(agendaApi).WaitFor(agendaApi)
        .WithReference(leerplichtApi).WaitFor(leerplichtApi)
        .WithReference(inkoopApi).WaitFor(inkoopApi)
        .WithReference(ondersteuningApi).WaitFor(ondersteuningApi);
    identityApi.WithWebClient(web, options);

    if (options.Monitoring)
    {
        // Prometheus scrapes every service resource, so a service added above is scraped without more lines.
        builder.AddLocalPostgresExporter("postgres-exporter", options.ServerDir("postgres-exporter"), postgres);
        var prometheus = builder.AddLocalPrometheus("prometheus", options.ServerDir("prometheus"), options.RepoRoot);
        if (GrafanaServer.IsInstalled)
        {
            builder.AddLocalGrafana("grafana", options.ServerDir("grafana"), options.RepoRoot, prometheus);
        }
    }

    await builder.Build().RunAsync();
    return 0;
}
catch (Exception e) when (e is AppHostException or LocalServerException)
{
    Console.Error.WriteLine(e.Message);
    return 1;
}
