using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json;
using static Inkoop.Api.Tests.Inkoop;

namespace Inkoop.Api.Tests;

/// <summary>The OpenAPI document: served at /v1/openapi.json and free of errors under the ADR linter (../shared/adr).</summary>
public sealed class OpenApiTests(InkoopApiFixture fixture)
{
    [Fact]
    public async Task The_openapi_document_lists_every_resource_and_passes_the_adr_linter_without_errors()
    {
        var document = await fixture.Client.GetStringAsync("/v1/openapi.json", Ct);
        var paths = JsonDocument.Parse(document).RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToArray();
        Assert.Contains("/aanbieders/{id}/correcties", paths);
        Assert.Contains("/contracten/{id}/beeindiging", paths);
        Assert.Contains("/contracten/{id}/intrekkingen", paths);
        Assert.Contains("/audit", paths);

        var root = RepositoryRoot();
        var file = Path.Combine(Path.GetTempPath(), $"inkoop-api-{Guid.NewGuid():N}.openapi.json");
        await File.WriteAllTextAsync(file, document, Ct);
        try
        {
            var lint = new ProcessStartInfo(Path.Combine(root, "tools", "node_modules", ".bin", "spectral")) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var arg in new[] { "lint", "--ruleset", Path.GetFullPath(Path.Combine(root, "..", "shared", "adr", "linter.yaml")), "--format", "json", "--quiet", file })
                lint.ArgumentList.Add(arg);
            using var process = Process.Start(lint)!;
            var output = await process.StandardOutput.ReadToEndAsync(Ct);
            var errors = await process.StandardError.ReadToEndAsync(Ct);
            await process.WaitForExitAsync(Ct);

            var start = output.IndexOf('[');
            Assert.True(start >= 0, $"Spectral gave no JSON report: {output}{errors}");
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
    public async Task Every_operation_asks_for_a_bearer_token_and_documents_the_401_and_the_403_of_the_inkoop_right()
    {
        var document = JsonDocument.Parse(await fixture.Client.GetStringAsync("/v1/openapi.json", Ct)).RootElement;

        Assert.Empty(OpenApiToken.Gebreken(document, ["post /aanbieders", "post /contracten", "post /contracten/{id}/beeindiging", "get /contracten"]));
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "Ontwikkelagenda.sln"))) return dir.FullName;
        throw new InvalidOperationException("Ontwikkelagenda.sln niet gevonden boven " + AppContext.BaseDirectory);
    }
}
