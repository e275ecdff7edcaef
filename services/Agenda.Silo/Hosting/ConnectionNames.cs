namespace Agenda.Silo.Hosting;

/// <summary>The Aspire resource names whose connection strings the launcher passes in.</summary>
public static class ConnectionNames
{
    public const string AgendaDb = "agendadb";
    public const string Redis = "redis";
    public const string RabbitMq = "rabbitmq";

    public static string Required(this IConfiguration configuration, string name) =>
        configuration.GetConnectionString(name)
        ?? throw new InvalidOperationException($"ConnectionStrings:{name} ontbreekt in de configuratie.");
}
