using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using Agenda.Api.Client;
using Refit;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>
/// An operator backs up a running system with ./backup.sh, stops it and restores the file into a new data directory
/// with ./run.sh --restore: the restored system gives the same figures and the same intake answers. Two systems of its
/// own, one after the other, so it runs in a collection of its own.
/// </summary>
[Collection(BackupRestoreCollection.Name)]
public sealed class BackupRestoreTests : IAsyncDisposable
{
    private const string AaEnHunze = "GM1680";
    private const string Assen = "GM0106";
    private const string MiddenDrenthe = "GM1731";
    private const string Tynaarlo = "GM1730";
    private const string BasisschoolAssen = "19SL"; // PO2201
    private const string VoAssen = "41UH"; // VO2201
    private const string Swv = "PO2201"; // the SWV of BasisschoolAssen, whose staff report its trajectories

    private readonly string dataA = NewDataDir();
    private readonly string dataB = NewDataDir();
    private readonly string backupFile = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-e2e-backup-{Guid.NewGuid():N}.tar");
    private readonly AspireSystem systemA;
    private readonly AspireSystem systemB;

    public BackupRestoreTests()
    {
        systemA = new AspireSystem(dataA, Path.Combine(RepositoryPaths.Artifacts, "backup-system-a.log"), AspireSystem.ScanDeadlinesEveryTwoSeconds);
        systemB = new AspireSystem(dataB, Path.Combine(RepositoryPaths.Artifacts, "backup-system-b.log"), AspireSystem.ScanDeadlinesEveryTwoSeconds);
    }

    private static CancellationToken Cancel => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_backup_restored_into_a_new_data_directory_gives_the_same_figures_and_the_same_intake_answers()
    {
        var vandaag = Meldingen.Today;
        await systemA.StartAsync("--no-monitoring");
        // Each melding goes with the token of the municipality or SWV it is about.
        HttpClient Leerplicht(string gemeente) => Client(systemA, "leerplicht-api", SysteemToegang.Van(gemeente));
        var inkoop = Client(systemA, "inkoop-api", SysteemToegang.Van(Tynaarlo));
        var ondersteuning = Client(systemA, "ondersteuning-api", SysteemToegang.Van(Swv));

        // Thuiszitter cases: open, corrected (it moves to another municipality), past three months (the intake adds its
        // deadline melding itself), closed, withdrawn. The sample data has none, so every count below is this test's.
        var open = Meldingen.Absoluut(AaEnHunze, vandaag.AddDays(-20));
        var openAnswer = await Leerplicht(AaEnHunze).PostAsJsonAsync("/v1/thuiszitters", open, Cancel);
        var openId = (await openAnswer.Content.ReadFromJsonAsync<JsonElement>(Cancel)).GetProperty("id").GetGuid();
        var gecorrigeerd = Meldingen.LangdurigRelatief(Assen, BasisschoolAssen, vandaag.AddDays(-40));
        var gecorrigeerdId = await Id(Leerplicht(Assen), "/v1/thuiszitters", gecorrigeerd);
        await Intake.Accepted(Leerplicht(Assen), $"/v1/thuiszitters/{gecorrigeerdId}/correcties", new
        {
            meldingId = Guid.NewGuid(),
            gecorrigeerdeMeldingId = MeldingId(gecorrigeerd),
            casusReferentie = $"E2E-{Guid.NewGuid().ToString("N")[..12]}",
            gemeente = MiddenDrenthe,
            brin = BasisschoolAssen,
            soortVerzuim = "langdurig-relatief",
            startdatum = vandaag.AddDays(-45),
        });
        var overdueId = await Id(Leerplicht(Assen), "/v1/thuiszitters", Meldingen.LangdurigRelatief(Assen, VoAssen, vandaag.AddMonths(-4)));
        var closedId = await Id(Leerplicht(MiddenDrenthe), "/v1/thuiszitters", Meldingen.Absoluut(MiddenDrenthe, vandaag.AddDays(-30)));
        await Intake.Accepted(Leerplicht(MiddenDrenthe), $"/v1/thuiszitters/{closedId}/beeindiging", Meldingen.Beeindiging(vandaag.AddDays(-2), "terug-naar-school"));
        var withdrawn = Meldingen.Absoluut(Tynaarlo, vandaag.AddDays(-10));
        var withdrawnId = await Id(Leerplicht(Tynaarlo), "/v1/thuiszitters", withdrawn);
        // Counted first, so that a count of 0 afterwards can only mean the withdrawal arrived (Tynaarlo's own
        // leerplichtambtenaar reads it: 1 is withheld for anyone else).
        await Eventually.Read(ct => EigenCijfers.Gemeente(code => AgendaAls(systemA, code), Tynaarlo, vandaag, ct), g => EigenCijfers.Open(g) == 1);
        await Intake.Accepted(Leerplicht(Tynaarlo), $"/v1/thuiszitters/{withdrawnId}/intrekkingen",
            new { meldingId = Guid.NewGuid(), ingetrokkenMeldingId = MeldingId(withdrawn), reden = "Dubbel gemeld (end-to-end test)." });

        // Procurement and support: a provider, a contract for one municipality, a trajectory at a school.
        var naam = $"Backup E2E {Guid.NewGuid().ToString("N")[..8]} (test)";
        var aanbiederId = (await Intake.Accepted(inkoop, "/v1/aanbieders", new { meldingId = Guid.NewGuid(), naam })).GetProperty("aanbiederId").GetGuid();
        var contractId = (await Intake.Accepted(inkoop, "/v1/contracten", new
        {
            meldingId = Guid.NewGuid(), aanbiederId, contractant = Tynaarlo, soort = "jeugdhulp", soortZorg = "Jongerenwerk (end-to-end test)",
            kader = "wmo", startdatum = vandaag.AddDays(-3), heleGemeente = true, scholen = Array.Empty<string>(),
        })).GetProperty("contractId").GetGuid();

        // The deadline melding must be in the backup, or the restored system would make one of its own.
        await Eventually.Read(ct => Intake.Get(Leerplicht(Assen), $"/v1/thuiszitters/{overdueId}", ct),
            z => z.GetProperty("meldingen").EnumerateArray().Any(m => m.GetProperty("soort").GetString() == "termijn-overschreden"));

        // The last melding goes out just before the backup: it may or may not be in the event store's dump, and counts once either way.
        var trajectId = (await Intake.Accepted(ondersteuning, "/v1/trajecten", new
        {
            meldingId = Guid.NewGuid(), brin = BasisschoolAssen, aanbiederId, aanbiederNaam = naam, zwaarte = "licht", kader = "wmo",
            startdatum = vandaag.AddDays(-1),
        })).GetProperty("trajectId").GetGuid();
        var backup = await RunBackupScript(systemA.EndpointsFile, backupFile);
        Assert.True(backup.ExitCode == 0, backup.Output);
        Assert.Contains($"Backup written to {backupFile}", backup.Output);

        // System A has applied every melding: each condition below holds only once the last melding of its kind arrived.
        // Each municipality is read as its own leerplichtambtenaar (these counts of 1 are withheld for anyone else); the
        // region, which nobody sees exactly, is their sum.
        var settled = await Eventually.Read(ct => EigenCijfers.Regio(code => AgendaAls(systemA, code), vandaag, ct), r =>
            EigenCijfers.Open(r[AaEnHunze]) == 1
            && EigenCijfers.Open(r[Assen]) == 1 && r[Assen].Thuiszitters.Totaal.LangerDanDrieMaanden == Cijfer.Shown(1)
            && EigenCijfers.Open(r[MiddenDrenthe]) == 1 && EenGesloten(r[MiddenDrenthe])
            && EigenCijfers.Open(r[Tynaarlo]) == 0);
        Assert.Equal(3, settled.Som(g => g.Thuiszitters.Totaal.Open));
        // A region of 3 is given to no one: not to a viewer without case rights, nor beside a municipality's own count.
        Assert.False((await Kijker(systemA).GetRegioOverzicht(vandaag, Cancel)).Regio.Thuiszitters.Totaal.Open.IsShown);
        Assert.False((await AgendaAls(systemA, Assen).GetRegioOverzicht(vandaag, Cancel)).Regio.Thuiszitters.Totaal.Open.IsShown);
        await Eventually.Read(ct => Agenda(systemA).GetInkoopVergelijking(vandaag, ct), v =>
            v.Overlap.Any(a => a.AanbiederId == aanbiederId) && v.PerSchool.Any(s => s.Brin == BasisschoolAssen && s.Aanbieders.Any(a => a.AanbiederId == aanbiederId)));
        // Each read back by the organisation the case, contract or trajectory now belongs to.
        var intakePaths = new Dictionary<(string Service, string Organisatie), string[]>
        {
            [("leerplicht-api", AaEnHunze)] = [$"/v1/thuiszitters/{openId}"],
            [("leerplicht-api", MiddenDrenthe)] = [$"/v1/thuiszitters/{gecorrigeerdId}", $"/v1/thuiszitters/{closedId}"],
            [("leerplicht-api", Assen)] = [$"/v1/thuiszitters/{overdueId}"],
            [("leerplicht-api", Tynaarlo)] = [$"/v1/thuiszitters/{withdrawnId}"],
            [("inkoop-api", Tynaarlo)] = [$"/v1/aanbieders/{aanbiederId}", $"/v1/contracten/{contractId}"],
            [("ondersteuning-api", Swv)] = [$"/v1/trajecten/{trajectId}"],
        };
        var figuresA = await Figures(systemA, vandaag);
        var answersA = await IntakeAnswers(systemA, intakePaths);
        await systemA.StopAsync();

        await systemB.StartAsync("--no-monitoring", "--restore", backupFile);

        var figuresB = await Eventually.Read(ct => Figures(systemB, vandaag), f => f == figuresA);
        Assert.Equal(figuresA, figuresB);
        Assert.Equal(answersA, await IntakeAnswers(systemB, intakePaths));
        // A melding sent again gets the answer it got before the backup, and counts once.
        using var again = await Client(systemB, "leerplicht-api", SysteemToegang.Van(AaEnHunze)).PostAsJsonAsync("/v1/thuiszitters", open, Cancel);
        Assert.Equal(System.Net.HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(await openAnswer.Content.ReadAsStringAsync(Cancel), await again.Content.ReadAsStringAsync(Cancel));
        Assert.Equal(openAnswer.Headers.Location, again.Headers.Location);
        Assert.Equal(figuresA, await Figures(systemB, vandaag));
    }

    public async ValueTask DisposeAsync()
    {
        await systemA.DisposeAsync();
        await systemB.DisposeAsync();
        File.Delete(backupFile);
        foreach (var dir in new[] { dataA, dataB })
        {
            try { Directory.Delete(dir, recursive: true); }
            catch (IOException) { /* a server may still be flushing; the temp dir is cleaned by the OS */ }
            catch (UnauthorizedAccessException) { }
        }
    }

    /// <summary>
    /// Every figure of agenda-api for the peildatum, at every level, as one JSON text (so two systems compare as text).
    /// Each level is read as the organisation it is about, which Agenda.Api answers exactly (a protected answer could
    /// hide a changed small count): the overview as each municipality's leerplichtambtenaar and each SWV's staff (each
    /// sees its own row exactly; the region is the sum of the municipalities), a school as its SWV's staff.
    /// </summary>
    private static async Task<string> Figures(AspireSystem system, DateOnly peildatum)
    {
        var ct = Cancel;
        var agenda = Agenda(system);
        var gemeenten = await agenda.GetGemeenten(ct);
        var swvs = await agenda.GetSamenwerkingsverbanden(ct);
        var figures = new List<object> { await agenda.GetInkoopVergelijking(peildatum, ct) };
        foreach (var organisatie in gemeenten.Select(g => g.Code).Concat(swvs.Select(s => s.Code)))
            figures.Add(await AgendaAls(system, organisatie).GetRegioOverzicht(peildatum, ct));
        foreach (var gemeente in gemeenten) figures.Add(await AgendaAls(system, gemeente.Code).GetGemeente(gemeente.Code, peildatum, ct));
        foreach (var swv in swvs) figures.Add(await AgendaAls(system, swv.Code).GetSamenwerkingsverband(swv.Code, peildatum, ct));
        foreach (var school in await agenda.GetScholen(cancellationToken: ct))
            figures.Add(await AgendaAls(system, school.Samenwerkingsverband).GetSchool(school.Brin, peildatum, ct));
        return JsonSerializer.Serialize(figures);
    }

    private static async Task<Dictionary<string, string>> IntakeAnswers(AspireSystem system, Dictionary<(string Service, string Organisatie), string[]> paths)
    {
        var answers = new Dictionary<string, string>();
        foreach (var ((service, organisatie), servicePaths) in paths)
        {
            using var client = Client(system, service, SysteemToegang.Van(organisatie));
            foreach (var path in servicePaths) answers[$"{service}{path}"] = (await Intake.Get(client, path, Cancel)).GetRawText();
        }

        return answers;
    }

    private static async Task<(int ExitCode, string Output)> RunBackupScript(string endpointsFile, string file)
    {
        using var process = Process.Start(new ProcessStartInfo(Path.Combine(RepositoryPaths.Root, "backup.sh"), ["--endpoints-file", endpointsFile, "--out", file])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        })!;
        var stdout = process.StandardOutput.ReadToEndAsync(Cancel);
        var stderr = process.StandardError.ReadToEndAsync(Cancel);
        await process.WaitForExitAsync(Cancel);
        return (process.ExitCode, await stdout + await stderr);
    }

    /// <summary>
    /// One case closed, back to school within three months: both shares of closed cases exist only from the first
    /// closing on (their base), so read with case rights they tell that the closing arrived.
    /// </summary>
    private static bool EenGesloten(BeschermdeDetail gemeente) =>
        gemeente.Thuiszitters.Totaal.BinnenDrieMaandenOpgelost == Cijfer.Shown(100m)
        && gemeente.Thuiszitters.AfgeslotenMetVrijstelling == Cijfer.Shown(0m);

    private static async Task<Guid> Id(HttpClient service, string path, object body) =>
        (await Intake.Accepted(service, path, body)).GetProperty("id").GetGuid();

    private static Guid MeldingId(object melding) => (Guid)melding.GetType().GetProperty("meldingId")!.GetValue(melding)!;

    /// <summary><paramref name="service"/> as demo client <paramref name="clientId"/> of that system's own Identity.Api (its list is not in the backup).</summary>
    private static HttpClient Client(AspireSystem system, string service, string clientId) => SysteemToegang.Van(system).Client(system, service, clientId);

    private static IAgendaApi Agenda(AspireSystem system) => RestService.ForGenerated<IAgendaApi>(SysteemToegang.Van(system).AgendaLezer(system));

    /// <summary>Agenda.Api of that system as an organisation's own client: exact for its own municipality (or SWV and its schools).</summary>
    private static IAgendaApi AgendaAls(AspireSystem system, string organisatieCode) =>
        RestService.ForGenerated<IAgendaApi>(Client(system, "agenda-api", SysteemToegang.Van(organisatieCode)));

    /// <summary>Agenda.Api of that system as a viewer without case rights, as a wethouder's page.</summary>
    private static IAgendaApi Kijker(AspireSystem system) => RestService.ForGenerated<IAgendaApi>(SysteemToegang.Van(system).AgendaKijker(system));

    // Not CreateTempSubdirectory: its folder is closed to others, and as root the servers run as their own users.
    private static string NewDataDir() => Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-e2e-backup-{Guid.NewGuid():N}");
}

[CollectionDefinition(Name)]
public sealed class BackupRestoreCollection
{
    public const string Name = "backup-restore";
}
