using System.Diagnostics;
using System.Text.Json;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>Every API's OpenAPI document passes the Dutch government's API Design Rules linter (../shared/adr).</summary>
[Collection(SystemCollection.Name)]
public sealed class OpenApiLinterTests(SystemFixture system)
{
    [Theory]
    [InlineData("agenda-api")]
    [InlineData("leerplicht-api")]
    [InlineData("inkoop-api")]
    [InlineData("ondersteuning-api")]
    public async Task OpenApiDocumentPassesTheAdrLinterWithoutErrors(string resource)
    {
        var ct = TestContext.Current.CancellationToken;
        using var http = new HttpClient { BaseAddress = system.AppHost.Url(resource) };
        var document = await http.GetStringAsync("/v1/openapi.json", ct);
        var file = Path.Combine(RepositoryPaths.Artifacts, $"{resource}.openapi.json");
        await File.WriteAllTextAsync(file, document, ct);

        var lint = new ProcessStartInfo(RepositoryPaths.SpectralCli) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in new[] { "lint", "--ruleset", RepositoryPaths.AdrRuleset, "--format", "json", "--quiet", file })
            lint.ArgumentList.Add(arg);
        using var process = Process.Start(lint)!;
        var output = await process.StandardOutput.ReadToEndAsync(ct);
        var errors = await process.StandardError.ReadToEndAsync(ct);
        await process.WaitForExitAsync(ct);

        var start = output.IndexOf('[');
        Assert.True(start >= 0, $"Spectral gave no JSON report: {output}{errors}");
        var findings = JsonDocument.Parse(output[start..]).RootElement.EnumerateArray()
            .Where(f => f.GetProperty("severity").GetInt32() == 0)
            .Select(f => $"{f.GetProperty("code").GetString()}: {f.GetProperty("message").GetString()} at {string.Join('.', f.GetProperty("path").EnumerateArray())}")
            .ToList();
        Assert.Empty(findings);
    }
}
