using Dapper;
using Npgsql;
using Agenda.Contracts.Grains;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>The data files: seeded into PostgreSQL at start-up and served by the register grain.</summary>
public sealed class RegisterTests(ServersFixture servers)
{
    [Fact]
    public async Task AStartingSiloSeedsTheRegisterWithItsCountsPerSchoolYearAndTheRegisterGrainServesTheDataFiles()
    {
        await using var environment = new SiloEnvironment(servers);
        var silo = await environment.StartSiloAsync();
        var register = silo.Grains().GetGrain<IRegisterGrain>(0);

        var gemeenten = await register.GetGemeenten(Cases.Peildatum);
        var scholen = await register.GetScholen(Cases.Peildatum);

        Assert.Equal(4, gemeenten.Count);
        Assert.All(gemeenten, g => Assert.True(g.Jongeren5Tot18 > 0, g.Code));
        Assert.Contains(scholen, s => s.Brin == Cases.SchoolInAssen && s.Leerlingen > 0);
        Assert.NotEmpty(await register.GetAgendaVersies());
        Assert.NotEmpty(await register.GetBenchmarks());
        Assert.NotEmpty(await register.GetRapportcijfers());

        await using var connection = new NpgsqlConnection(environment.AgendaDbConnectionString);
        Assert.Equal(4, await connection.ExecuteScalarAsync<int>("select count(*) from agenda.gemeenten"));
        Assert.Equal(scholen.Count, await connection.ExecuteScalarAsync<int>("select count(*) from agenda.scholen"));
        Assert.Equal(4, await connection.ExecuteScalarAsync<int>(
            "select count(*) from agenda.tellingen where soort = 'jongeren-5-tot-18' and schooljaar = @schooljaar", new { schooljaar = gemeenten[0].Schooljaar }));
        Assert.Equal(scholen.Count, await connection.ExecuteScalarAsync<int>(
            "select count(*) from agenda.tellingen where soort = 'leerlingen' and schooljaar = @schooljaar", new { schooljaar = gemeenten[0].Schooljaar }));
    }
}
