using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;

namespace Ondersteuning.Api.Tests;

/// <summary>The OpenAPI document: every operation documented, and the ADR linter (Spectral with ../shared/adr/linter.yaml) finds no errors.</summary>
public sealed class OpenApiTests(OndersteuningApiFixture fixture) : ApiTest(fixture)
{
    [Fact]
    public async Task The_document_lists_every_resource_relative_to_the_v1_server_url()
    {
        var document = await Get("/v1/openapi.json");

        Assert.Equal("/v1", document.GetProperty("servers")[0].GetProperty("url").GetString());
        var paths = document.GetProperty("paths").EnumerateObject().Select(path => path.Name).ToHashSet();
        string[] expected =
        [
            "/trajecten", "/trajecten/{id}", "/trajecten/{id}/beeindiging", "/trajecten/{id}/correcties", "/trajecten/{id}/intrekkingen",
            "/eed-verwijzingen", "/eed-verwijzingen/{id}", "/eed-verwijzingen/{id}/behandelstart", "/eed-verwijzingen/{id}/correcties", "/eed-verwijzingen/{id}/intrekkingen",
            "/complexe-casussen", "/complexe-casussen/{id}", "/complexe-casussen/{id}/casusregisseur", "/complexe-casussen/{id}/afsluiting",
            "/complexe-casussen/{id}/correcties", "/complexe-casussen/{id}/intrekkingen",
            "/voortgangsrapportages", "/voortgangsrapportages/{id}", "/voortgangsrapportages/{id}/correcties", "/voortgangsrapportages/{id}/intrekkingen",
            "/audit",
        ];
        Assert.Empty(expected.Except(paths));
        // The worklists that give the ids for the follow-up meldingen.
        Assert.True(document.GetProperty("paths").GetProperty("/trajecten").TryGetProperty("get", out _));
        Assert.True(document.GetProperty("paths").GetProperty("/eed-verwijzingen").TryGetProperty("get", out _));
        Assert.True(document.GetProperty("paths").GetProperty("/complexe-casussen").TryGetProperty("get", out _));
        // Every operation with input documents its 400.
        var operations = document.GetProperty("paths").EnumerateObject().SelectMany(path => path.Value.EnumerateObject());
        Assert.All(operations, operation => Assert.True(operation.Value.GetProperty("responses").TryGetProperty("400", out _), operation.Name));
    }

    [Fact]
    public async Task The_document_passes_the_adr_linter_without_errors()
    {
        var root = FindRoot();
        var spectral = Path.Combine(root, "tools", "node_modules", ".bin", "spectral");
        var ruleset = Path.GetFullPath(Path.Combine(root, "..", "shared", "adr", "linter.yaml"));
        Assert.True(File.Exists(spectral), $"Spectral ontbreekt ({spectral}): cd tools && npm ci.");
        Assert.True(File.Exists(ruleset), $"ADR-ruleset ontbreekt: {ruleset}");

        var document = await Fixture.Client.GetStringAsync("/v1/openapi.json", Ct);
        var file = Path.Combine(Path.GetTempPath(), $"ondersteuning-api-{Guid.NewGuid():N}.openapi.json");
        await File.WriteAllTextAsync(file, document, Ct);
        try
        {
            var lint = new ProcessStartInfo(spectral) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "lint", "--ruleset", ruleset, "--format", "json", "--quiet", file }) lint.ArgumentList.Add(arg);
            using var process = Process.Start(lint)!;
            var output = await process.StandardOutput.ReadToEndAsync(Ct);
            var errors = await process.StandardError.ReadToEndAsync(Ct);
            using var deadline = CancellationTokenSource.CreateLinkedTokenSource(Ct);
            deadline.CancelAfter(TimeSpan.FromMinutes(2));
            await process.WaitForExitAsync(deadline.Token);

            var start = output.IndexOf('[');
            Assert.True(start >= 0, $"Spectral gaf geen JSON-rapport: {output}{errors}");
            var findings = JsonDocument.Parse(output[start..]).RootElement.EnumerateArray()
                .Where(f => f.GetProperty("severity").GetInt32() == 0)
                .Select(f => $"{f.GetProperty("code").GetString()}: {f.GetProperty("message").GetString()} at {string.Join('.', f.GetProperty("path").EnumerateArray())}")
                .ToList();
            Assert.Empty(findings);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Every_response_carries_the_full_api_version_header()
    {
        var ok = await Fixture.Client.GetAsync("/v1/openapi.json", Ct);
        var notFound = await Fixture.Client.GetAsync($"/v1/trajecten/{Guid.NewGuid()}", Ct);

        Assert.Equal("1.0.0", Assert.Single(ok.Headers.GetValues("API-Version")));
        Assert.Equal("1.0.0", Assert.Single(notFound.Headers.GetValues("API-Version")));
    }

    [Fact]
    public async Task Every_operation_asks_for_a_bearer_token_and_documents_the_401_and_the_403_of_its_right()
    {
        var document = await Get("/v1/openapi.json");

        Assert.Empty(OpenApiToken.Gebreken(document,
            ["post /trajecten", "get /trajecten/{id}", "post /eed-verwijzingen", "post /complexe-casussen", "post /voortgangsrapportages"]));
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
