using System.Text.Json;
using Dapper;
using Npgsql;

namespace Ontwikkelagenda.Intake.Audit;

/// <summary>The audit table of the intake's schema: adding an entry and reading pages of them. Nothing else is possible.</summary>
public sealed class AuditTrail(NpgsqlDataSource dataSource, IntakeSchemaNaam schema)
{
    private const string Kolommen =
        "id AS Id, tijdstip AS Tijdstip, subject AS Subject, organisatie_soort AS OrganisatieSoort, organisatie_code AS OrganisatieCode, " +
        "rollen AS Rollen, methode AS Methode, route AS Route, route_waarden::text AS RouteWaarden, wat AS Wat, status AS Status";

    /// <summary>Adds <paramref name="regel"/> (its id is the database's); throws when the database does not take it.</summary>
    public async Task Voeg(AuditRegel regel, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await connection.ExecuteAsync(new CommandDefinition($"""
            INSERT INTO {schema}.audit (tijdstip, subject, organisatie_soort, organisatie_code, rollen, methode, route, route_waarden, wat, status)
            VALUES (@Tijdstip, @Subject, @OrganisatieSoort, @OrganisatieCode, @Rollen, @Methode, @Route, @RouteWaarden::jsonb, @Wat, @Status)
            """,
            new
            {
                regel.Tijdstip,
                Subject = Tekst(regel.Subject),
                OrganisatieSoort = Tekst(regel.OrganisatieSoort),
                OrganisatieCode = Tekst(regel.OrganisatieCode),
                Rollen = regel.Rollen.Select(Tekst).ToArray(),
                regel.Methode,
                Route = Tekst(regel.Route),
                RouteWaarden = JsonSerializer.Serialize(regel.RouteWaarden.ToDictionary(w => Tekst(w.Key), w => Tekst(w.Value), StringComparer.Ordinal)),
                regel.Wat,
                regel.Status,
            }, cancellationToken: cancellationToken));
    }

    // PostgreSQL text (and jsonb) cannot hold NUL, which a token's claim or a path may carry: without this such a
    // request would never get an entry, and so never an answer.
    private static string Tekst(string waarde) => waarde.Replace('\0', '\uFFFD');

    public async Task<AuditPagina> Lees(AuditFilter filter, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        // One row more than the page holds tells whether there is a next page.
        var rijen = (await connection.QueryAsync<Rij>(new CommandDefinition($"""
            SELECT {Kolommen} FROM {schema}.audit
            WHERE (@Van::timestamptz IS NULL OR tijdstip >= @Van)
              AND (@Tot::timestamptz IS NULL OR tijdstip < @Tot)
              AND (@Subject::text IS NULL OR subject = @Subject)
              AND (@OrganisatieSoort::text IS NULL OR organisatie_soort = @OrganisatieSoort)
              AND (@OrganisatieCode::text IS NULL OR upper(organisatie_code) = upper(@OrganisatieCode))
            ORDER BY id DESC
            OFFSET @Overslaan LIMIT @Aantal
            """,
            new
            {
                filter.Van,
                filter.Tot,
                filter.Subject,
                filter.OrganisatieSoort,
                filter.OrganisatieCode,
                Overslaan = (long)(filter.Pagina - 1) * filter.PaginaGrootte,
                Aantal = filter.PaginaGrootte + 1,
            }, cancellationToken: cancellationToken))).ToList();

        var regels = rijen.Take(filter.PaginaGrootte).Select(r => r.Regel()).ToList();
        return new AuditPagina(regels, filter.Pagina, filter.PaginaGrootte, rijen.Count > filter.PaginaGrootte ? filter.Pagina + 1 : null);
    }

    /// <summary>A row as Dapper reads it (by properties: its constructor matching cannot take a text[]); the route values are still JSON.</summary>
    private sealed class Rij
    {
        public long Id { get; init; }
        public DateTimeOffset Tijdstip { get; init; }
        public string Subject { get; init; } = "";
        public string OrganisatieSoort { get; init; } = "";
        public string OrganisatieCode { get; init; } = "";
        public string[] Rollen { get; init; } = [];
        public string Methode { get; init; } = "";
        public string Route { get; init; } = "";
        public string RouteWaarden { get; init; } = "{}";
        public string Wat { get; init; } = "";
        public int Status { get; init; }

        public AuditRegel Regel() => new(Id, Tijdstip, Subject, OrganisatieSoort, OrganisatieCode, Rollen, Methode, Route,
            JsonSerializer.Deserialize<Dictionary<string, string>>(RouteWaarden) ?? [], Wat, Status);
    }
}
