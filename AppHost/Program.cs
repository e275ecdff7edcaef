using Ontwikkelagenda.AppHost;
using Ontwikkelagenda.LocalServers;

var console = new ResourceConsole();
try
{
    var options = AppHostOptions.Parse(args);
    if (options.ShowHelp)
    {
        Console.WriteLine(AppHostOptions.Usage);
        return 0;
    }

    using var shutdown = new ShutdownSignal();
    var app = new LocalApplication(options, console);

    var postgres = app.AddPostgres("postgres");
    var agendaDb = postgres.AddDatabase("agendadb");
    var leerplichtDb = postgres.AddDatabase("leerplichtdb");
    var inkoopDb = postgres.AddDatabase("inkoopdb");
    var ondersteuningDb = postgres.AddDatabase("ondersteuningdb");
    var rabbitmq = app.AddRabbitMq("rabbitmq");
    var redis = app.AddRedis("redis");
    var orleans = app.AddOrleans("ontwikkelagenda", clustering: redis);

    var silos = Enumerable.Range(0, 2)
        .Select(i => orleans.AddSilo(app.AddProject($"agenda-silo-{i}", "services/Agenda.Silo", "Agenda.Silo"))
            .WithReference(agendaDb)
            .WithReference(rabbitmq))
        .ToList();

    var agendaApi = orleans.AddClient(app.AddProject("agenda-api", "services/Agenda.Api", "Agenda.Api"))
        .WaitFor(silos);

    var leerplichtApi = app.AddProject("leerplicht-api", "services/Leerplicht.Api", "Leerplicht.Api")
        .WithReference(leerplichtDb)
        .WithReference(rabbitmq)
        .WaitFor(silos);

    var inkoopApi = app.AddProject("inkoop-api", "services/Inkoop.Api", "Inkoop.Api")
        .WithReference(inkoopDb)
        .WithReference(rabbitmq)
        .WaitFor(silos);

    var ondersteuningApi = app.AddProject("ondersteuning-api", "services/Ondersteuning.Api", "Ondersteuning.Api")
        .WithReference(ondersteuningDb)
        .WithReference(rabbitmq)
        .WaitFor(silos);

    app.AddProject("web", "web/Ontwikkelagenda.Web", "Ontwikkelagenda.Web")
        .WithHttpPort(options.WebPort, "start with --web-port <port>")
        .WithReference(agendaApi)
        .WithReference(leerplichtApi)
        .WithReference(inkoopApi)
        .WithReference(ondersteuningApi);

    if (options.SampleData)
    {
        app.WhenHealthy(token => SampleData.LoadAsync(options.RepoRoot, inkoopApi, ondersteuningApi, console, token));
    }

    if (options.Monitoring)
    {
        // Scrapes every project resource, so services added above are scraped without more lines.
        app.AddPostgresExporter("postgres-exporter", postgres);
        var prometheus = app.AddPrometheus("prometheus");
        if (GrafanaServer.IsInstalled)
        {
            app.AddGrafana("grafana", prometheus);
        }
    }

    return await app.RunAsync(shutdown.Token);
}
catch (Exception e) when (e is AppHostException or LocalServerException)
{
    console.Error(e.Message);
    return 1;
}
