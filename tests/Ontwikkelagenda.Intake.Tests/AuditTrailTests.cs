using Npgsql;
using Ontwikkelagenda.Intake.Audit;

namespace Ontwikkelagenda.Intake.Tests;

/// <summary>The audit table against real PostgreSQL: entries are read back with their filters and pages, and never change.</summary>
public sealed class AuditTrailTests(IntakeFixture fixture)
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static readonly DateTimeOffset Begin = new(2026, 11, 2, 9, 0, 0, TimeSpan.Zero);

    private static AuditRegel Regel(string subject, DateTimeOffset tijdstip, string code = "GM1730", int status = 200, string? id = null) => new(
        0, tijdstip, subject, "gemeente", code, ["leerplichtambtenaar"], id is null ? "POST" : "GET",
        id is null ? "/v1/test" : "/v1/test/{id}", id is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["id"] = id },
        id is null ? "MeldTest" : "GetTest", status);

    private static string Subject() => $"test-{Guid.NewGuid():N}";

    [Fact]
    public async Task An_entry_is_read_back_with_who_when_what_and_the_answer()
    {
        var subject = Subject();
        var id = Guid.NewGuid().ToString();
        await fixture.Audit.Voeg(Regel(subject, Begin, status: 403, id: id), Ct);

        var regel = Assert.Single((await fixture.Audit.Lees(new AuditFilter(Subject: subject), Ct)).Regels);

        Assert.Equal(Begin, regel.Tijdstip);
        Assert.Equal(("gemeente", "GM1730"), (regel.OrganisatieSoort, regel.OrganisatieCode));
        Assert.Equal(["leerplichtambtenaar"], regel.Rollen);
        Assert.Equal(("GET", "/v1/test/{id}", "GetTest", 403), (regel.Methode, regel.Route, regel.Wat, regel.Status));
        Assert.Equal(id, regel.RouteWaarden["id"]);
    }

    [Fact]
    public async Task The_filters_select_by_moment_subject_and_organisation_and_the_pages_go_newest_first()
    {
        var subject = Subject();
        for (var uur = 0; uur < 5; uur++)
            await fixture.Audit.Voeg(Regel(subject, Begin.AddHours(uur), code: uur % 2 == 0 ? "GM1730" : "GM0106"), Ct);

        var tussen = await fixture.Audit.Lees(new AuditFilter(Van: Begin.AddHours(1), Tot: Begin.AddHours(3), Subject: subject), Ct);
        Assert.Equal([Begin.AddHours(2), Begin.AddHours(1)], tussen.Regels.Select(r => r.Tijdstip));

        var assen = await fixture.Audit.Lees(new AuditFilter(Subject: subject, OrganisatieSoort: "gemeente", OrganisatieCode: "gm0106"), Ct);
        Assert.Equal([Begin.AddHours(3), Begin.AddHours(1)], assen.Regels.Select(r => r.Tijdstip));
        Assert.Empty((await fixture.Audit.Lees(new AuditFilter(Subject: subject, OrganisatieSoort: "school"), Ct)).Regels);

        var eerste = await fixture.Audit.Lees(new AuditFilter(Subject: subject, PaginaGrootte: 2), Ct);
        var laatste = await fixture.Audit.Lees(new AuditFilter(Subject: subject, Pagina: 3, PaginaGrootte: 2), Ct);
        Assert.Equal([Begin.AddHours(4), Begin.AddHours(3)], eerste.Regels.Select(r => r.Tijdstip));
        Assert.Equal(2, eerste.VolgendePagina);
        Assert.Equal([Begin], laatste.Regels.Select(r => r.Tijdstip));
        Assert.Null(laatste.VolgendePagina);
    }

    [Fact]
    public async Task A_NUL_from_a_token_or_a_path_which_PostgreSQL_cannot_store_is_kept_as_a_replacement_character()
    {
        var subject = Subject();
        await fixture.Audit.Voeg(Regel(subject, Begin, code: "GM\01730", id: "ab\0cd") with { Rollen = ["rol\0"] }, Ct);

        var regel = Assert.Single((await fixture.Audit.Lees(new AuditFilter(Subject: subject), Ct)).Regels);

        Assert.Equal(("GM\uFFFD1730", "ab\uFFFDcd", "rol\uFFFD"), (regel.OrganisatieCode, regel.RouteWaarden["id"], regel.Rollen[0]));
    }

    [Theory]
    [InlineData("UPDATE intaketest.audit SET status = 200")]
    [InlineData("UPDATE intaketest.audit SET subject = 'iemand anders' WHERE false")]
    [InlineData("DELETE FROM intaketest.audit")]
    [InlineData("DELETE FROM intaketest.audit WHERE id = -1")]
    [InlineData("TRUNCATE intaketest.audit")]
    public async Task The_database_refuses_to_change_or_remove_entries(string sql)
    {
        var subject = Subject();
        await fixture.Audit.Voeg(Regel(subject, Begin, status: 403), Ct);
        var voor = await fixture.CountAsync("SELECT count(*) FROM intaketest.audit");

        await using var connection = new NpgsqlConnection(fixture.DatabaseConnectionString);
        await connection.OpenAsync(Ct);
        await using var command = new NpgsqlCommand(sql, connection);
        var fout = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync(Ct));

        Assert.Contains("alleen aan te vullen", fout.MessageText, StringComparison.Ordinal);
        Assert.Equal(voor, await fixture.CountAsync("SELECT count(*) FROM intaketest.audit"));
        Assert.Equal(403, Assert.Single((await fixture.Audit.Lees(new AuditFilter(Subject: subject), Ct)).Regels).Status);
    }
}
