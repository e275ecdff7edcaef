using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Identity.Client;

namespace Ontwikkelagenda.Voorbeelddata;

/// <summary>
/// Posts the sample meldingen in order to the intake services, each with the token of the organisation's client it
/// names (<c>namens</c>; a 401 or 403 stops the load like any refusal). 202 is success (the id in its body is bound
/// to the melding's <c>als</c> name); 503 means the broker has not confirmed yet, so it waits and retries;
/// anything else stops the load with one Dutch sentence naming the melding and the service's problem detail.
/// The meldingIds are fixed, so loading twice stores everything once.
/// </summary>
public sealed class VoorbeelddataLoader(Afzenders afzenders, TextWriter progress, VoorbeelddataOpties? opties = null)
{
    private readonly VoorbeelddataOpties _opties = opties ?? new VoorbeelddataOpties();

    /// <param name="services">Base address per service name in the file (<c>inkoop-api</c>, <c>ondersteuning-api</c>).</param>
    /// <param name="authority">Identity.Api's URL, which gives the clients their tokens.</param>
    /// <param name="accounts">The demo clients' secrets (Identity.Api's <c>demo-accounts.txt</c>).</param>
    /// <exception cref="VoorbeelddataException">Loading stopped; the message says where and why.</exception>
    public static async Task<VoorbeelddataResultaat> Load(
        string file, IReadOnlyDictionary<string, Uri> services, Uri authority, DemoAccounts accounts, TextWriter progress,
        CancellationToken cancellationToken)
    {
        using var afzenders = Afzenders.MetTokens(authority, accounts);
        return await new VoorbeelddataLoader(afzenders, progress).LoadAsync(VoorbeelddataBestand.Lees(file), services, cancellationToken);
    }

    public async Task<VoorbeelddataResultaat> LoadAsync(
        VoorbeelddataBestand bestand, IReadOnlyDictionary<string, Uri> services, CancellationToken cancellationToken)
    {
        var plaatshouders = new Plaatshouders();
        var totaal = bestand.Meldingen.Count;
        for (var i = 0; i < totaal; i++)
        {
            var melding = bestand.Meldingen[i];
            var nummer = i + 1;
            var id = await Verstuur(melding, nummer, totaal, services, plaatshouders, cancellationToken);
            if (melding.Als is { } als)
            {
                plaatshouders.Bind(als, id ?? throw Stop(melding, nummer, totaal,
                    "het antwoord bevat geen id (geen eigenschap die op Id eindigt en geen Location-header)"));
            }
            if (nummer % _opties.VoortgangPer == 0 || nummer == totaal)
                await progress.WriteLineAsync($"Voorbeelddata: {nummer} van {totaal} meldingen verstuurd");
        }
        return new VoorbeelddataResultaat(totaal, plaatshouders.Ids);
    }

    private async Task<string?> Verstuur(
        VoorbeeldMelding melding, int nummer, int totaal, IReadOnlyDictionary<string, Uri> services,
        Plaatshouders plaatshouders, CancellationToken cancellationToken)
    {
        if (!services.TryGetValue(melding.Service, out var baseAddress))
            throw Stop(melding, nummer, totaal, $"de service {melding.Service} is onbekend (bekend: {string.Join(", ", services.Keys)})");

        string pad, body;
        try
        {
            pad = plaatshouders.Vervang(melding.Pad);
            body = plaatshouders.Vervang(melding.Body).ToJsonString();
        }
        catch (KeyNotFoundException e)
        {
            throw Stop(melding, nummer, totaal, $"de plaatshouder {{{{{e.Message}}}}} verwijst naar geen eerdere melding");
        }

        HttpClient http;
        try
        {
            http = afzenders.Voor(melding.Namens, melding.Service);
        }
        catch (KeyNotFoundException e)
        {
            throw Stop(melding, nummer, totaal, $"de client {melding.Namens} is onbekend ({e.Message.TrimEnd('.')})");
        }

        var uri = new Uri(baseAddress, pad);
        for (var poging = 1; ; poging++)
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, uri)
            {
                Content = new StringContent(body, Encoding.UTF8, "application/json"),
            };
            request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));

            HttpResponseMessage response;
            try
            {
                response = await http.SendAsync(request, cancellationToken);
            }
            catch (HttpRequestException e)
            {
                throw Stop(melding, nummer, totaal, $"{uri} is niet bereikbaar ({e.Message})");
            }
            catch (InvalidOperationException e)
            {
                // Identity.Api refused the client its token (ClientCredentials says why).
                throw Stop(melding, nummer, totaal, e.Message.TrimEnd('.'));
            }

            using (response)
            {
                var text = await response.Content.ReadAsStringAsync(cancellationToken);
                if (response.StatusCode == HttpStatusCode.Accepted) return IdUit(text, response.Headers.Location);
                if (response.StatusCode == HttpStatusCode.ServiceUnavailable && poging < _opties.PogingenBijBezet)
                {
                    await Task.Delay(_opties.WachtBijBezet, cancellationToken);
                    continue;
                }
                var status = (int)response.StatusCode;
                var nogBezet = response.StatusCode == HttpStatusCode.ServiceUnavailable ? $" (na {poging} pogingen)" : "";
                throw Stop(melding, nummer, totaal, $"de service antwoordde {status}{nogBezet}: {ProblemDetail.Beschrijf(text, response.ReasonPhrase)}");
            }
        }
    }

    /// <summary>The first string property ending in "Id" of the 202 body, else the last segment of Location.</summary>
    private static string? IdUit(string text, Uri? location)
    {
        try
        {
            using var doc = JsonDocument.Parse(text);
            if (doc.RootElement.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in doc.RootElement.EnumerateObject())
                {
                    if (property.Name.EndsWith("Id", StringComparison.Ordinal) && property.Value.ValueKind == JsonValueKind.String)
                        return property.Value.GetString();
                }
            }
        }
        catch (JsonException)
        {
            // No JSON body: fall back to the Location header.
        }

        if (location is null) return null;
        var path = location.IsAbsoluteUri ? location.AbsolutePath : location.OriginalString.Split('?')[0];
        var segment = path.TrimEnd('/').Split('/').LastOrDefault();
        return string.IsNullOrEmpty(segment) ? null : segment;
    }

    private static VoorbeelddataException Stop(VoorbeeldMelding melding, int nummer, int totaal, string probleem) =>
        new($"Voorbeelddata gestopt bij melding {nummer} van {totaal} (POST {melding.Pad} naar {melding.Service} namens {melding.Namens}, meldingId {melding.MeldingId}): {probleem}.");
}
