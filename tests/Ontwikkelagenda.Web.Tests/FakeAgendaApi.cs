using System.Collections.Concurrent;
using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Agenda;
using Ontwikkelagenda.Contracts.Referentie;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>
/// Stands in for Agenda.Api in component tests: answers with whatever the test sets. Each method other than the
/// overview answers through its settable function; one that a test did not set throws, so a page asking for
/// something the test did not expect fails loudly.
/// </summary>
internal sealed class FakeAgendaApi : IAgendaApi
{
    private volatile Func<DateOnly?, RuwOverzicht> answer;

    /// <param name="answer">The overview's exact figures; answered protected by Agenda.Api's own rule, as a wethouder gets it.</param>
    public FakeAgendaApi(Func<DateOnly?, RuwOverzicht> answer) => this.answer = answer;

    public ConcurrentQueue<DateOnly?> Requested { get; } = new();

    public void AnswerWith(Func<DateOnly?, RuwOverzicht> next) => answer = next;

    public Task<RegioOverzicht> GetRegioOverzicht(DateOnly? peildatum = null, CancellationToken cancellationToken = default)
    {
        Requested.Enqueue(peildatum);
        return Task.FromResult(answer(peildatum).Beschermd());
    }

    public Func<string, DateOnly?, GemeenteDetail> Gemeente { get; set; } = (_, _) => throw new NotSupportedException();
    public Func<string?, string?, IReadOnlyList<SchoolInfo>> Scholen { get; set; } = (_, _) => throw new NotSupportedException();
    public Func<string, DateOnly?, SchoolDetail> School { get; set; } = (_, _) => throw new NotSupportedException();
    public Func<IReadOnlyList<GemeenteInfo>> Gemeenten { get; set; } = () => throw new NotSupportedException();
    public Func<IReadOnlyList<SwvInfo>> Samenwerkingsverbanden { get; set; } = () => throw new NotSupportedException();
    public Func<string, DateOnly?, SwvDetail> Samenwerkingsverband { get; set; } = (_, _) => throw new NotSupportedException();
    public Func<DateOnly?, InkoopVergelijking> InkoopVergelijking { get; set; } = _ => throw new NotSupportedException();
    public Func<DateOnly?, AgendaDoelen> Doelen { get; set; } = _ => throw new NotSupportedException();
    public Func<int, DateOnly?, DateOnly?, string?, string?, DoelHistorie> DoelHistorie { get; set; } = (_, _, _, _, _) => throw new NotSupportedException();
    public Func<IReadOnlyList<OogoOverleg>> OogoOverleggen { get; set; } = () => throw new NotSupportedException();
    public Func<DateOnly?, DateOnly?, OogoWijzigingen> OogoWijzigingen { get; set; } = (_, _) => throw new NotSupportedException();
    public Func<string?, BenchmarkVergelijking> Benchmarks { get; set; } = _ => throw new NotSupportedException();
    public Func<IReadOnlyList<Rapportcijfer>> Rapportcijfers { get; set; } = () => throw new NotSupportedException();

    public Task<GemeenteDetail> GetGemeente(string code, DateOnly? peildatum = null, CancellationToken cancellationToken = default) =>
        Answer(() => Gemeente(code, peildatum));

    public Task<IReadOnlyList<SchoolInfo>> GetScholen(string? gemeente = null, string? zoek = null, CancellationToken cancellationToken = default) =>
        Answer(() => Scholen(gemeente, zoek));

    public Task<SchoolDetail> GetSchool(string brin, DateOnly? peildatum = null, CancellationToken cancellationToken = default) =>
        Answer(() => School(brin, peildatum));

    public Task<IReadOnlyList<GemeenteInfo>> GetGemeenten(CancellationToken cancellationToken = default) => Answer(Gemeenten);

    public Task<IReadOnlyList<SwvInfo>> GetSamenwerkingsverbanden(CancellationToken cancellationToken = default) => Answer(Samenwerkingsverbanden);

    public Task<SwvDetail> GetSamenwerkingsverband(string code, DateOnly? peildatum = null, CancellationToken cancellationToken = default) =>
        Answer(() => Samenwerkingsverband(code, peildatum));

    public Task<InkoopVergelijking> GetInkoopVergelijking(DateOnly? peildatum = null, CancellationToken cancellationToken = default) =>
        Answer(() => InkoopVergelijking(peildatum));

    public Task<AgendaDoelen> GetDoelen(DateOnly? peildatum = null, CancellationToken cancellationToken = default) => Answer(() => Doelen(peildatum));

    public Task<DoelHistorie> GetDoelHistorie(int nummer, DateOnly? van = null, DateOnly? tot = null, string? niveau = null, string? code = null,
        CancellationToken cancellationToken = default) => Answer(() => DoelHistorie(nummer, van, tot, niveau, code));

    public Task<IReadOnlyList<OogoOverleg>> GetOogoOverleggen(CancellationToken cancellationToken = default) => Answer(OogoOverleggen);

    public Task<OogoWijzigingen> GetOogoWijzigingen(DateOnly? van = null, DateOnly? tot = null, CancellationToken cancellationToken = default) =>
        Answer(() => OogoWijzigingen(van, tot));

    public Task<BenchmarkVergelijking> GetBenchmarks(string? schooljaar = null, CancellationToken cancellationToken = default) => Answer(() => Benchmarks(schooljaar));

    public Task<IReadOnlyList<Rapportcijfer>> GetRapportcijfers(CancellationToken cancellationToken = default) => Answer(Rapportcijfers);

    // A throwing function gives a faulted task, as a failing HTTP call would.
    private static Task<T> Answer<T>(Func<T> answer)
    {
        try { return Task.FromResult(answer()); }
        catch (Exception exception) { return Task.FromException<T>(exception); }
    }
}
