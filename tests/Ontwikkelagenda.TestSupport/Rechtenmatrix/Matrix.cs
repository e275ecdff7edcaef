using System.Net;

namespace Ontwikkelagenda.TestSupport.Rechtenmatrix;

/// <summary>
/// Issue 11's rights as a table per service: every endpoint the host serves x every role for its own and another
/// organisation x no token. An endpoint without a row, or a row without an endpoint, is a difference
/// (<see cref="Verschillen"/>); every cell of a row is sent and compared (<see cref="ToetsAsync"/>).
/// </summary>
/// <param name="audience">The service's API name, the tokens' audience.</param>
public sealed class Matrix<TContext>(string audience, Bezetting bezetting, IReadOnlyList<Rij<TContext>> rijen)
{
    private readonly Dictionary<string, Rij<TContext>> perEindpunt = rijen.ToDictionary(rij => rij.Eindpunt.ToString(), StringComparer.Ordinal);

    /// <summary>The rows' endpoints, for a theory's MemberData: one test per endpoint, all its cells in it.</summary>
    public IReadOnlyList<string> Eindpunten => [.. perEindpunt.Keys];

    /// <summary>Every endpoint of the host without a row and every row without an endpoint; empty when they match.</summary>
    public IReadOnlyList<string> Verschillen(IReadOnlySet<Eindpunt> host)
    {
        var tabel = rijen.Where(rij => !rij.BuitenRoutering).Select(rij => rij.Eindpunt).ToHashSet();
        return
        [
            .. host.Except(tabel).Select(e => $"{e} heeft geen rij in de rechtenmatrix: zeg wie het mag."),
            .. tabel.Except(host).Select(e => $"{e} staat in de rechtenmatrix maar de dienst kent het niet."),
        ];
    }

    /// <summary>Sends the row's request as every cell and returns each cell that got another answer than the table says.</summary>
    public async Task<IReadOnlyList<string>> ToetsAsync(string eindpunt, TContext context, HttpClient zonderToken, CancellationToken cancellationToken)
    {
        var rij = perEindpunt[eindpunt];
        var afwijkingen = new List<string>();
        foreach (var cel in Cel.Alle)
        {
            using var request = await rij.Verzoek(context, cancellationToken);
            if (bezetting.Voor(cel) is { } gebruiker) request.Headers.Authorization = TestTokens.Bearer(TestTokens.Voor(gebruiker, audience));
            // Headers only: a stream (Server-Sent Events) answers at once and ends when the response is disposed.
            using var response = await zonderToken.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
            if (Afwijking(rij.Toegang.Weigering(cel), response) is { } waarom)
                afwijkingen.Add($"{rij.Eindpunt} als {cel}{(bezetting.Voor(cel) is { } wie ? $" = {wie.OrganisatieSoort} {wie.OrganisatieCode}" : "")}: {waarom}; "
                    + $"antwoord {(int)response.StatusCode} {await KortAsync(response, cancellationToken)}");
        }

        return afwijkingen;
    }

    private static string? Afwijking(HttpStatusCode? verwacht, HttpResponseMessage response)
    {
        var status = response.StatusCode;
        if (verwacht is null)
        {
            // 401/403 is a refusal; 429 and 5xx prove nothing about the rights, so they are not "through" either.
            return status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden or HttpStatusCode.TooManyRequests || (int)status >= 500
                ? "verwacht doorgelaten (niet 401/403)"
                : null;
        }

        if (status != verwacht) return $"verwacht {(int)verwacht}";
        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json") return $"{(int)verwacht} zonder problem+json";
        return status == HttpStatusCode.Unauthorized && !response.Headers.WwwAuthenticate.Any(c => c.Scheme == "Bearer")
            ? "401 zonder Bearer-challenge (WWW-Authenticate)"
            : null;
    }

    /// <summary>The start of the answer's body; a stream's has no end to wait for.</summary>
    private static async Task<string> KortAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        if (response.Content.Headers.ContentType?.MediaType == "text/event-stream") return "(stroom)";
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        return body.Length <= 200 ? body : body[..200] + "…";
    }
}
