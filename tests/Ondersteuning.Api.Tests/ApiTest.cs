using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Globalization;

namespace Ondersteuning.Api.Tests;

/// <summary>What every endpoint test needs: today's date, posting, and reading 202s and 400s.</summary>
public abstract class ApiTest(OndersteuningApiFixture fixture)
{
    protected static readonly DateOnly Today = DateOnly.FromDateTime(
        TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById("Europe/Amsterdam")).DateTime);

    /// <summary>A school in the register (data/referentiedata.json).</summary>
    protected const string RegisterBrin = "19SL";

    protected OndersteuningApiFixture Fixture => fixture;

    protected static CancellationToken Ct => TestContext.Current.CancellationToken;

    protected static string Dag(int offset) => Today.AddDays(offset).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    protected Task<HttpResponseMessage> Post(string path, object body) => fixture.Client.PostAsJsonAsync(path, body, Ct);

    protected Task<JsonElement> Get(string path) => fixture.Client.GetFromJsonAsync<JsonElement>(path, Ct);

    /// <summary>Asserts a 202 with a Location under <paramref name="path"/> and returns the id named <paramref name="idProperty"/>.</summary>
    protected static async Task<Guid> Accepted(HttpResponseMessage response, string path, string idProperty)
    {
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty(idProperty).GetGuid();
        Assert.Equal($"{path}/{id}", response.Headers.Location!.OriginalString);
        return id;
    }

    /// <summary>Asserts a 400 problem+json and returns the wrong fields it names (errors and invalidParams agree).</summary>
    protected static async Task<string[]> InvalidFields(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("detail").GetString()));
        var errors = problem.GetProperty("errors").EnumerateObject().Select(field => field.Name).Order(StringComparer.Ordinal).ToArray();
        var invalidParams = problem.GetProperty("invalidParams").EnumerateArray().Select(p => p.GetProperty("name").GetString()!)
            .Distinct().Order(StringComparer.Ordinal).ToArray();
        Assert.Equal(errors, invalidParams);
        return errors;
    }

    protected static async Task AssertProblem(HttpResponseMessage response, HttpStatusCode status, string detailContains)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Contains(detailContains, problem.GetProperty("detail").GetString());
    }

    /// <summary>Rows and events now, to prove a refused melding changed nothing.</summary>
    protected async Task<(long Entiteiten, long Meldingen, int Events)> Snapshot() =>
        (await fixture.CountAsync("SELECT count(*) FROM ondersteuning.entiteiten"),
         await fixture.CountAsync("SELECT count(*) FROM ondersteuning.meldingen"),
         await fixture.Events.CountAsync());

    protected async Task AssertUnchanged((long Entiteiten, long Meldingen, int Events) before) =>
        Assert.Equal(before, await Snapshot());

    protected Task<IReadOnlyList<PublishedEvent>> EventsOf(Guid id) => fixture.Events.ForAsync(id);
}
