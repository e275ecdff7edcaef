using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Melden;

/// <summary>
/// The municipalities and schools the forms offer, read once per circuit from Agenda.Api. When Agenda.Api is not
/// reachable the forms still work: the municipalities fall back to their codes and the school field takes any BRIN.
/// </summary>
public sealed class MeldenRegister(IAgendaApi agenda, ILogger<MeldenRegister> logger)
{
    private static readonly IReadOnlyList<Keuze> GemeentenZonderNaam =
        [new("GM1680", "GM1680"), new("GM0106", "GM0106"), new("GM1731", "GM1731"), new("GM1730", "GM1730")];

    private IReadOnlyList<Keuze>? gemeenten;
    private IReadOnlyList<SchoolInfo>? scholen;

    public async Task<IReadOnlyList<Keuze>> Gemeenten(CancellationToken cancellationToken = default)
    {
        if (gemeenten is not null) return gemeenten;
        try
        {
            gemeenten = (await agenda.GetGemeenten(cancellationToken)).Select(g => new Keuze(g.Code, g.Naam)).ToList();
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Gemeenten niet te lezen uit Agenda.Api; de codes worden getoond");
            return GemeentenZonderNaam;
        }
        return gemeenten;
    }

    public async Task<IReadOnlyList<SchoolInfo>> Scholen(CancellationToken cancellationToken = default)
    {
        if (scholen is not null) return scholen;
        try
        {
            scholen = await agenda.GetScholen(cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Scholen niet te lezen uit Agenda.Api; elk BRIN-nummer kan worden getypt");
            return [];
        }
        return scholen;
    }

    /// <summary>Schools whose BRIN or name contains the text, at most 20.</summary>
    public async Task<IEnumerable<string>> ZoekBrin(string? tekst, CancellationToken cancellationToken = default)
    {
        var alle = await Scholen(cancellationToken);
        var gevonden = string.IsNullOrWhiteSpace(tekst)
            ? alle
            : alle.Where(s => s.Brin.Contains(tekst.Trim(), StringComparison.OrdinalIgnoreCase)
                              || s.Naam.Contains(tekst.Trim(), StringComparison.OrdinalIgnoreCase));
        return gevonden.Take(20).Select(s => s.Brin).ToList();
    }

    public string SchoolNaam(string? brin) =>
        scholen?.FirstOrDefault(s => s.Brin == brin) is { } school ? $"{school.Brin} – {school.Naam}" : brin ?? "";
}
