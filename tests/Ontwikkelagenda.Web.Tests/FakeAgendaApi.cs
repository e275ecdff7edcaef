using System.Collections.Concurrent;
using Ontwikkelagenda.Agenda.Client;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>Stands in for Agenda.Api in component tests: answers with whatever the test sets.</summary>
internal sealed class FakeAgendaApi : IAgendaApi
{
    private volatile Func<DateOnly?, RegioOverzicht> answer;

    public FakeAgendaApi(Func<DateOnly?, RegioOverzicht> answer) => this.answer = answer;

    public ConcurrentQueue<DateOnly?> Requested { get; } = new();

    public void AnswerWith(Func<DateOnly?, RegioOverzicht> next) => answer = next;

    public Task<RegioOverzicht> GetRegioOverzicht(DateOnly? peildatum = null, CancellationToken cancellationToken = default)
    {
        Requested.Enqueue(peildatum);
        return Task.FromResult(answer(peildatum));
    }

    public Task<GemeenteDetail> GetGemeente(string code, DateOnly? peildatum = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<SchoolInfo>> GetScholen(string? gemeente = null, string? zoek = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<SchoolDetail> GetSchool(string brin, DateOnly? peildatum = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IReadOnlyList<GemeenteInfo>> GetGemeenten(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<SwvInfo>> GetSamenwerkingsverbanden(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<SwvDetail> GetSamenwerkingsverband(string code, DateOnly? peildatum = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<InkoopVergelijking> GetInkoopVergelijking(DateOnly? peildatum = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<AgendaDoelen> GetDoelen(DateOnly? peildatum = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<DoelHistorie> GetDoelHistorie(int nummer, DateOnly? van = null, DateOnly? tot = null, string? niveau = null, string? code = null,
        CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<OogoOverleg>> GetOogoOverleggen(CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<OogoWijzigingen> GetOogoWijzigingen(DateOnly? van = null, DateOnly? tot = null, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<BenchmarkVergelijking> GetBenchmarks(string? schooljaar = null, CancellationToken cancellationToken = default) => throw new NotSupportedException();

    public Task<IReadOnlyList<Rapportcijfer>> GetRapportcijfers(CancellationToken cancellationToken = default) => throw new NotSupportedException();
}
