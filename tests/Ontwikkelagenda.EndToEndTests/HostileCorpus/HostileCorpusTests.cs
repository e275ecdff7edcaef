using System.Collections.Concurrent;
using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Npgsql;

namespace Ontwikkelagenda.EndToEndTests.HostileCorpus;

/// <summary>
/// Issue 13: every GET and POST of every service (read from its OpenAPI document, so a new endpoint gets the corpus too)
/// answers each hostile input of the data files beside this class with 400, 404, 409, 413 or 415 as problem+json,
/// never a 5xx or a stack trace, and afterwards every table of every database and every figure is as it was.
/// </summary>
[Collection(SystemCollection.Name)]
public sealed class HostileCorpusTests(SystemFixture system, ITestOutputHelper output)
{
    private static readonly string[] Services = ["leerplicht-api", "inkoop-api", "ondersteuning-api", "agenda-api"];

    // Each service as an organisation that may send what templates.json sends (Tynaarlo's cases and contracts, school
    // 51GD of SWV PO2201), so a refusal is about the input, never about the caller.
    private static readonly Dictionary<string, string> Afzender = new()
    {
        ["leerplicht-api"] = SysteemToegang.Van("GM1730"),
        ["inkoop-api"] = SysteemToegang.Van("GM1730"),
        ["ondersteuning-api"] = SysteemToegang.Van("PO2201"),
        ["agenda-api"] = SysteemToegang.Lezer,
    };

    // Only the functionaris gegevensbescherming reads it, a person's role no organisation's client holds: its filters'
    // refusals are tested per intake with that role's token (AuditTests).
    private const string AuditTrail = "/v1/audit";

    [Fact]
    public async Task EveryEndpointRefusesEveryHostileInputAndNothingChanges()
    {
        var cancellationToken = TestContext.Current.CancellationToken;
        var corpus = CorpusFiles.Load();
        Assert.True(corpus.Size >= 150, $"The corpus has {corpus.Size} inputs; the issue asks for at least 150.");

        var clients = Services.ToDictionary(s => s, s => system.Toegang.Client(system.AppHost, s, Afzender[s], TimeSpan.FromMinutes(2)));
        var operations = new List<ApiOperation>();
        foreach (var service in Services)
            operations.AddRange((await ApiOperation.ReadAsync(service, clients[service], cancellationToken)).Where(o => o.Path != AuditTrail));
        var placeholders = new Placeholders(await FirstAanbiederAsync(clients["inkoop-api"], cancellationToken));
        var stored = await StoredMeldingIdsAsync(cancellationToken);

        var requests = new List<HostileRequest>();
        var missing = new List<string>();
        foreach (var operation in operations)
        {
            var built = Build(operation, corpus, placeholders, stored, missing);
            if (built.Count == 0) missing.Add($"{operation.Service} {operation.Key}: no corpus entry applies");
            requests.AddRange(built);
        }
        Assert.True(missing.Count == 0, "Operations the corpus does not cover (add them to HostileCorpus/templates.json):\n" + string.Join("\n", missing));

        // The valid requests the field cases start from must pass, or every field case would be refused for the wrong reason.
        var invalidTemplates = new List<string>();
        foreach (var check in operations.Where(o => o.Method == "POST" && o.Path.EndsWith("/validaties", StringComparison.Ordinal)))
        {
            using var response = await clients[check.Service].PostAsync(check.Path,
                new StringContent(placeholders.Object(corpus.Templates[check.Key], null, null), Encoding.UTF8, "application/json"), cancellationToken);
            if (response.StatusCode != HttpStatusCode.OK)
                invalidTemplates.Add($"{check.Key}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }
        Assert.True(invalidTemplates.Count == 0, "The valid request of templates.json is refused:\n" + string.Join("\n", invalidTemplates));

        var before = await SystemSnapshot.TakeSettledAsync(system.AppHost, cancellationToken);
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(requests, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken },
            async (request, ct) =>
            {
                if (await request.SendAsync(clients[request.Operation.Service], ct) is { } failure) failures.Add(failure);
            });
        var after = await SystemSnapshot.TakeAsync(system.AppHost, cancellationToken);

        WriteReport(corpus, requests);
        Assert.True(failures.IsEmpty, $"{failures.Count} of {requests.Count} hostile requests were not refused properly:\n"
            + string.Join("\n", failures.Order(StringComparer.Ordinal).Take(300)));
        var changed = after.Differences(before);
        Assert.True(changed.Count == 0, "Hostile input changed the system:\n" + string.Join("\n", changed));
    }

    private static List<HostileRequest> Build(ApiOperation operation, CorpusFiles corpus, Placeholders placeholders,
        IReadOnlyDictionary<string, Guid> stored, List<string> missing)
    {
        var result = new List<HostileRequest>();
        var template = operation.Method == "POST" ? corpus.Templates.GetValueOrDefault(operation.Key) : null;
        if (operation.Method == "POST" && template is null)
        {
            missing.Add($"{operation.Service} {operation.Key}: no valid request in templates.json");
            return result;
        }
        var unknownPath = operation.PathParameters.Where(p => !corpus.PathValues.ContainsKey(p)).ToList();
        if (unknownPath.Count > 0)
        {
            missing.Add($"{operation.Service} {operation.Key}: no valid value for path parameter {string.Join(", ", unknownPath)} in templates.json");
            return result;
        }

        string PathWith(string? parameter, string? segment) => operation.PathParameters.Aggregate(operation.Path, (path, p) =>
            path.Replace("{" + p + "}", p == parameter ? segment : placeholders.Text(corpus.PathValues[p]), StringComparison.Ordinal));
        byte[] Valid() => template is null ? [] : Encoding.UTF8.GetBytes(placeholders.Object(template, null, null));

        foreach (var parameter in operation.PathParameters)
            foreach (var id in corpus.Ids)
                result.Add(new HostileRequest(operation, $"path {parameter} = {id.Name}", PathWith(parameter, id.Segment), Valid, "application/json", null, id.RefusedByKestrel));
        foreach (var parameter in operation.QueryParameters)
            foreach (var query in corpus.Queries)
                result.Add(new HostileRequest(operation, $"query {parameter} = {query.Name}", $"{PathWith(null, null)}?{parameter}={query.Value}", Valid, "application/json",
                    corpus.SearchQueries.Contains(parameter) ? [200, 400] : null));
        if (operation.Method == "GET")
        {
            foreach (var id in corpus.Ids)
                result.Add(new HostileRequest(operation, $"extra segment {id.Name}", $"{PathWith(null, null)}/{id.Segment}", null, null, null, id.RefusedByKestrel));
            return result;
        }

        foreach (var body in corpus.Bodies)
            result.Add(new HostileRequest(operation, $"body {body.Name}", PathWith(null, null),
                () => CorpusFiles.Bytes(body, () => placeholders.Members(template!, null, null)), body.ContentType, body.Expect));
        foreach (var (field, _, kind) in template!)
            foreach (var value in corpus.Values.Where(v => v.Kinds.Contains(kind)))
                result.Add(new HostileRequest(operation, $"field {field} = {value.Name}", PathWith(null, null),
                    () => Encoding.UTF8.GetBytes(placeholders.Object(template!, field, value.Json)), "application/json", null));
        if (operation.Creates && stored.TryGetValue(operation.Service, out var reused))
            result.Add(new HostileRequest(operation, "meldingId reused with another body", PathWith(null, null),
                () => Encoding.UTF8.GetBytes(placeholders.Object(template!, "meldingId", $"\"{reused}\"")), "application/json", [409]));
        return result;
    }

    private async Task<IReadOnlyDictionary<string, Guid>> StoredMeldingIdsAsync(CancellationToken cancellationToken)
    {
        var result = new Dictionary<string, Guid>();
        foreach (var (database, connectionString) in await system.AppHost.DatabaseConnectionStringsAsync(cancellationToken))
        {
            var service = database.Replace("db", "-api", StringComparison.Ordinal);
            await using var connection = new NpgsqlConnection(connectionString);
            await connection.OpenAsync(cancellationToken);
            await using var find = new NpgsqlCommand(
                "select quote_ident(table_schema) from information_schema.tables where table_name = 'meldingen' limit 1", connection);
            if (await find.ExecuteScalarAsync(cancellationToken) is not string schema) continue;
            await using var first = new NpgsqlCommand($"select melding_id from {schema}.meldingen order by ontvangen_op limit 1", connection);
            if (await first.ExecuteScalarAsync(cancellationToken) is Guid id) result[service] = id;
        }
        return result;
    }

    private static async Task<Guid> FirstAanbiederAsync(HttpClient inkoop, CancellationToken cancellationToken)
    {
        var aanbieders = await Intake.Get(inkoop, "/v1/aanbieders", cancellationToken);
        return aanbieders.EnumerateArray().First().GetProperty("id").GetGuid();
    }

    private void WriteReport(CorpusFiles corpus, List<HostileRequest> requests)
    {
        var report = new StringBuilder()
            .AppendLine("# Hostile corpus")
            .AppendLine()
            .AppendLine(CultureInfo.InvariantCulture, $"{corpus.Size} inputs: {corpus.Bodies.Count} bodies, {corpus.Values.Count} field values, {corpus.Ids.Count} path segments, {corpus.Queries.Count} query values; {requests.Count} requests.")
            .AppendLine()
            .AppendLine("| service | operation | requests |")
            .AppendLine("|---|---|---|");
        foreach (var group in requests.GroupBy(r => (r.Operation.Service, r.Operation.Key)).OrderBy(g => g.Key.Service, StringComparer.Ordinal).ThenBy(g => g.Key.Key, StringComparer.Ordinal))
            report.AppendLine(CultureInfo.InvariantCulture, $"| {group.Key.Service} | `{group.Key.Key}` | {group.Count()} |");
        File.WriteAllText(Path.Combine(RepositoryPaths.Artifacts, "hostile-corpus.md"), report.ToString());
        output.WriteLine(report.ToString());
    }

    /// <summary>Fills a valid request: new ids and references each time, today's date, a registered provider.</summary>
    private sealed class Placeholders(Guid aanbieder)
    {
        public string Text(string value) => value switch
        {
            "$uuid" => Guid.NewGuid().ToString(),
            "$today" => Meldingen.Today.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            "$ref" => $"HC-{Guid.NewGuid().ToString("N")[..10]}1",
            "$aanbieder" => aanbieder.ToString(),
            _ => value,
        };

        /// <summary>The members of the request, with <paramref name="field"/> (if any) set to the raw JSON <paramref name="raw"/>.</summary>
        public string Members(IReadOnlyList<(string Field, JsonNode? Value, string Kind)> template, string? field, string? raw) =>
            string.Join(",", template.Select(f => $"\"{f.Field}\":{(f.Field == field ? raw : Json(f.Value))}"));

        public string Object(IReadOnlyList<(string Field, JsonNode? Value, string Kind)> template, string? field, string? raw) =>
            "{" + Members(template, field, raw) + "}";

        private string Json(JsonNode? value) =>
            value is JsonValue v && v.TryGetValue<string>(out var text) ? JsonValue.Create(Text(text)).ToJsonString() : value?.ToJsonString() ?? "null";
    }
}

/// <summary>One hostile request and what a proper refusal of it looks like.</summary>
internal sealed record HostileRequest(ApiOperation Operation, string Name, string PathAndQuery, Func<byte[]>? Body, string? ContentType, int[]? Expect,
    bool RefusedByKestrel = false)
{
    /// <summary>The answers the issue allows for hostile input.</summary>
    private static readonly int[] Refused = [400, 404, 409, 413, 415];

    /// <summary>Null when refused properly, otherwise what was wrong.</summary>
    public async Task<string?> SendAsync(HttpClient client, CancellationToken cancellationToken)
    {
        var label = $"{Operation.Service} {Operation.Key} [{Name}]";
        try
        {
            using var message = new HttpRequestMessage(new HttpMethod(Operation.Method), new Uri(client.BaseAddress!, PathAndQuery));
            if (Operation.Method == "POST")
            {
                message.Content = new ByteArrayContent(Body?.Invoke() ?? []);
                // The server may refuse an oversize body before reading it (413) only if the client waits for its word.
                message.Headers.ExpectContinue = true;
                if (ContentType is not null) message.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
            using var response = await client.SendAsync(message, cancellationToken);
            var status = (int)response.StatusCode;
            var text = await response.Content.ReadAsStringAsync(cancellationToken);
            if (RefusedByKestrel) return status is 400 or 414 ? null : $"{label}: {status}, expected Kestrel's 400 or 414";
            var expected = Expect ?? Refused;
            if (!expected.Contains(status)) return $"{label}: {status}, expected {string.Join("/", expected)}: {Short(text)}";
            if (status >= 400 && response.Content.Headers.ContentType?.MediaType != "application/problem+json")
                return $"{label}: {status} as {response.Content.Headers.ContentType?.MediaType ?? "no content type"}, not problem+json";
            if (text.Contains("   at ", StringComparison.Ordinal) || text.Contains("Exception", StringComparison.Ordinal))
                return $"{label}: the answer shows a stack trace: {Short(text)}";
            return null;
        }
        catch (HttpRequestException e)
        {
            return $"{label}: no answer ({e.Message})";
        }
    }

    private static string Short(string text) => text.Length <= 300 ? text : text[..300] + "...";
}
