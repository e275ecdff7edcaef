using System.Text.Json;

namespace Ontwikkelagenda.EndToEndTests.HostileCorpus;

/// <summary>One operation of a service as its OpenAPI document describes it.</summary>
internal sealed record ApiOperation(string Service, string Method, string Path, IReadOnlyList<string> PathParameters, IReadOnlyList<string> QueryParameters)
{
    public string Key => $"{Method} {Path}";

    /// <summary>A POST that creates an entity (no path parameter, not a check): a reused meldingId must give 409.</summary>
    public bool Creates => Method == "POST" && PathParameters.Count == 0 && !Path.EndsWith("/validaties", StringComparison.Ordinal);

    /// <summary>Every GET and POST of the service's <c>/v1/openapi.json</c>; its paths are relative to the server URL (…/v1).</summary>
    public static async Task<List<ApiOperation>> ReadAsync(string service, HttpClient client, CancellationToken cancellationToken)
    {
        using var document = JsonDocument.Parse(await client.GetStringAsync("/v1/openapi.json", cancellationToken));
        var server = document.RootElement.GetProperty("servers")[0].GetProperty("url").GetString()!;
        var basePath = new Uri(new Uri("http://server"), server).AbsolutePath.TrimEnd('/');
        var operations = new List<ApiOperation>();
        foreach (var path in document.RootElement.GetProperty("paths").EnumerateObject())
        {
            foreach (var method in path.Value.EnumerateObject().Where(m => m.Name is "get" or "post"))
            {
                var parameters = method.Value.TryGetProperty("parameters", out var p) ? p.EnumerateArray().ToList() : [];
                string[] In(string where) => [.. parameters.Where(x => x.GetProperty("in").GetString() == where).Select(x => x.GetProperty("name").GetString()!)];
                operations.Add(new ApiOperation(service, method.Name.ToUpperInvariant(), basePath + path.Name, In("path"), In("query")));
            }
        }
        return operations;
    }
}
