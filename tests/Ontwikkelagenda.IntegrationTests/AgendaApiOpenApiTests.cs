using System.Diagnostics;
using System.Text.Json;
using Ontwikkelagenda.TestSupport;

namespace Ontwikkelagenda.IntegrationTests;

/// <summary>Agenda.Api's OpenAPI document passes the ADR linter (Spectral with ../shared/adr/linter.yaml) without errors.</summary>
public sealed class AgendaApiOpenApiTests(ServersFixture servers)
{
    [Fact]
    public async Task OpenApiDocumentPassesTheAdrLinterWithoutErrors()
    {
        var ct = TestContext.Current.CancellationToken;
        var root = FindRoot();
        var spectral = Path.Combine(root, "tools", "node_modules", ".bin", "spectral");
        var ruleset = Path.GetFullPath(Path.Combine(root, "..", "shared", "adr", "linter.yaml"));
        Assert.True(File.Exists(spectral), $"Spectral ontbreekt ({spectral}): run scripts/install-prerequisites.sh.");
        Assert.True(File.Exists(ruleset), $"ADR-ruleset ontbreekt: {ruleset}");

        await using var environment = new SiloEnvironment(servers);
        await environment.StartSiloAsync();
        await using var api = new AgendaApiFactory(servers, environment);
        var document = await api.CreateClient().GetStringAsync("/v1/openapi.json", ct);
        var file = Path.Combine(Path.GetTempPath(), $"agenda-api-{Guid.NewGuid():N}.openapi.json");
        await File.WriteAllTextAsync(file, document, ct);
        try
        {
            var lint = new ProcessStartInfo(spectral) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "lint", "--ruleset", ruleset, "--format", "json", "--quiet", file }) lint.ArgumentList.Add(arg);
            using var process = Process.Start(lint)!;
            var output = await process.StandardOutput.ReadToEndAsync(ct);
            var errors = await process.StandardError.ReadToEndAsync(ct);
            await process.WaitForExitAsync(ct);

            var start = output.IndexOf('[');
            Assert.True(start >= 0, $"Spectral gaf geen JSON-rapport: {output}{errors}");
            var findings = JsonDocument.Parse(output[start..]).RootElement.EnumerateArray()
                .Where(f => f.GetProperty("severity").GetInt32() == 0)
                .Select(f => $"{f.GetProperty("code").GetString()}: {f.GetProperty("message").GetString()} at {string.Join('.', f.GetProperty("path").EnumerateArray())}")
                .ToList();
            Assert.Empty(findings);

            // Every date query is documented as a date.
            using var parsed = JsonDocument.Parse(document);
            var dateParameters = parsed.RootElement.GetProperty("paths").EnumerateObject()
                .SelectMany(p => p.Value.EnumerateObject())
                .SelectMany(o => o.Value.TryGetProperty("parameters", out var ps) ? ps.EnumerateArray() : Enumerable.Empty<JsonElement>())
                .Where(p => p.GetProperty("name").GetString() is "peildatum" or "van" or "tot")
                .ToList();
            Assert.NotEmpty(dateParameters);
            Assert.All(dateParameters, p => Assert.Equal("date", p.GetProperty("schema").GetProperty("format").GetString()));

            // Every operation asks for a token; the overviews need the Overzicht right, the change feed only a valid token.
            Assert.Empty(OpenApiToken.Gebreken(parsed.RootElement, ["get /regio-overzicht", "get /gemeenten", "get /doelen"]));
            Assert.False(parsed.RootElement.GetProperty("paths").GetProperty("/wijzigingen").GetProperty("get").GetProperty("responses").TryGetProperty("403", out _));
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Ontwikkelagenda.sln"))) return dir.FullName;
        }
        throw new InvalidOperationException("Ontwikkelagenda.sln niet gevonden boven " + AppContext.BaseDirectory);
    }
}
