using System.Net;
using System.Text;
using Ontwikkelagenda.AppHost.Services;

namespace Ontwikkelagenda.LocalServers.Tests;

/// <summary>
/// AppHost posts the sample meldingen once per data directory: a warm start on data that holds them posts nothing,
/// a changed file or an incomplete earlier load is posted again. The intakes here are a small listener that
/// counts the POSTs and accepts them (or refuses them all), and also stands in for Identity.Api's token endpoint.
/// </summary>
public sealed class SampleDataTests : IDisposable
{
    private readonly string repoRoot = Path.Combine(Path.GetTempPath(), $"ontwikkelagenda-sample-{Guid.NewGuid():N}");
    private readonly string dataDir;

    public SampleDataTests()
    {
        dataDir = Path.Combine(repoRoot, "data-dir");
        Directory.CreateDirectory(dataDir);
        Directory.CreateDirectory(Path.Combine(repoRoot, "data", "voorbeeld"));
        WriteMeldingen("Accare", "Enopsy");
        WriteDemoAccounts();
    }

    private string DemoAccountsFile => Path.Combine(dataDir, "identity", Identity.Client.DemoAccounts.FileName);

    [Fact]
    public async Task Each_melding_is_posted_with_a_token_of_the_client_it_names()
    {
        using var intakes = new CountingIntakes(HttpStatusCode.Accepted);

        await LoadAsync(intakes);

        Assert.Equal(["script-subregio"], intakes.TokenClients);
        Assert.Equal(["Bearer token-van-script-subregio", "Bearer token-van-script-subregio"], intakes.Authorizations);
    }

    [Fact]
    public async Task Without_the_demo_list_nothing_is_posted_and_the_next_start_tries_again()
    {
        using var intakes = new CountingIntakes(HttpStatusCode.Accepted);
        File.Delete(DemoAccountsFile);
        var progress = new StringWriter();

        await SampleData.LoadAsync(repoRoot, dataDir, new Dictionary<string, Uri> { ["inkoop-api"] = intakes.Url }, intakes.Url, DemoAccountsFile,
            progress, TestContext.Current.CancellationToken);
        WriteDemoAccounts();
        await LoadAsync(intakes);

        Assert.Contains($"{DemoAccountsFile} with the demo clients is missing", progress.ToString());
        Assert.Equal(2, intakes.Posts);
    }

    [Fact]
    public async Task A_second_start_on_the_same_data_posts_nothing()
    {
        using var intakes = new CountingIntakes(HttpStatusCode.Accepted);

        await LoadAsync(intakes);
        await LoadAsync(intakes);

        Assert.Equal(2, intakes.Posts);
    }

    [Fact]
    public async Task A_changed_sample_file_is_posted_again()
    {
        using var intakes = new CountingIntakes(HttpStatusCode.Accepted);

        await LoadAsync(intakes);
        WriteMeldingen("Accare", "Enopsy", "Yorneo");
        await LoadAsync(intakes);

        Assert.Equal(5, intakes.Posts);
    }

    [Fact]
    public async Task A_load_the_intakes_refused_is_tried_again_at_the_next_start()
    {
        using (var refusing = new CountingIntakes(HttpStatusCode.BadRequest))
        {
            await LoadAsync(refusing);
            Assert.Equal(1, refusing.Posts); // the loader stops at the first refusal
        }

        using var intakes = new CountingIntakes(HttpStatusCode.Accepted);
        await LoadAsync(intakes);

        Assert.Equal(2, intakes.Posts);
    }

    public void Dispose() => Directory.Delete(repoRoot, recursive: true);

    private Task LoadAsync(CountingIntakes intakes) =>
        SampleData.LoadAsync(repoRoot, dataDir, new Dictionary<string, Uri> { ["inkoop-api"] = intakes.Url }, intakes.Url, DemoAccountsFile,
            TextWriter.Null, TestContext.Current.CancellationToken);

    private void WriteDemoAccounts()
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DemoAccountsFile)!);
        File.WriteAllText(DemoAccountsFile, "# Demo\nscript-subregio  geheim-subregio  inkoper  subregio:NMD\n");
    }

    private void WriteMeldingen(params string[] aanbieders)
    {
        var meldingen = aanbieders.Select(naam =>
            $$"""{ "service": "inkoop-api", "pad": "/v1/aanbieders", "namens": "script-subregio", "body": { "meldingId": "{{Guid.NewGuid()}}", "naam": "{{naam}}" } }""");
        File.WriteAllText(Path.Combine(repoRoot, "data", "voorbeeld", "meldingen.json"), $$"""{ "meldingen": [{{string.Join(",", meldingen)}}] }""");
    }

    /// <summary>
    /// Answers every POST with <paramref name="status"/> and counts them, except a token request (<c>connect/token</c>),
    /// which gets a token naming its client when the secret is right.
    /// </summary>
    private sealed class CountingIntakes : IDisposable
    {
        private readonly HttpListener listener = new();
        private readonly HttpStatusCode status;
        private int posts;

        public CountingIntakes(HttpStatusCode status)
        {
            this.status = status;
            var port = FreePort.Next();
            Url = new Uri($"http://127.0.0.1:{port}/");
            listener.Prefixes.Add(Url.ToString());
            listener.Start();
            _ = Task.Run(AnswerAsync);
        }

        public Uri Url { get; }

        public int Posts => Volatile.Read(ref posts);

        public List<string> TokenClients { get; } = [];

        public List<string?> Authorizations { get; } = [];

        public void Dispose() => listener.Close();

        private async Task AnswerAsync()
        {
            while (listener.IsListening)
            {
                HttpListenerContext context;
                try
                {
                    context = await listener.GetContextAsync();
                }
                catch (Exception e) when (e is HttpListenerException or ObjectDisposedException)
                {
                    return;
                }

                if (context.Request.Url!.AbsolutePath == "/connect/token")
                {
                    await AnswerTokenAsync(context);
                    continue;
                }

                lock (Authorizations) Authorizations.Add(context.Request.Headers["Authorization"]);
                Interlocked.Increment(ref posts);
                var body = Encoding.UTF8.GetBytes(status == HttpStatusCode.Accepted ? $$"""{"aanbiederId":"{{Guid.NewGuid()}}"}""" : """{"title":"Ongeldig"}""");
                context.Response.StatusCode = (int)status;
                context.Response.ContentType = "application/json";
                await context.Response.OutputStream.WriteAsync(body);
                context.Response.Close();
            }
        }

        private async Task AnswerTokenAsync(HttpListenerContext context)
        {
            using var reader = new StreamReader(context.Request.InputStream);
            var form = System.Web.HttpUtility.ParseQueryString(await reader.ReadToEndAsync());
            var client = form["client_id"] ?? "";
            lock (TokenClients) TokenClients.Add(client);
            var ok = form["client_secret"] == "geheim-subregio" && form["scope"] == "inkoop-api";
            var body = Encoding.UTF8.GetBytes(ok ? $$"""{"access_token":"token-van-{{client}}","expires_in":300}""" : """{"error":"invalid_client"}""");
            context.Response.StatusCode = ok ? 200 : 400;
            context.Response.ContentType = "application/json";
            await context.Response.OutputStream.WriteAsync(body);
            context.Response.Close();
        }
    }
}
