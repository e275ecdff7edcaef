using Ontwikkelagenda.Contracts.Inkoop;
using Ontwikkelagenda.Contracts.Kpis;
using Ontwikkelagenda.Contracts.Values;
using Orleans.Concurrency;

namespace Agenda.Contracts.Grains;

/// <summary>
/// The whole region 22.01, keyed by <see cref="Key"/>: every event of its four municipalities, and the
/// regional things: the procurement comparison and the partners' goal reports.
/// </summary>
public interface IRegioGrain : IScopeGrain
{
    const string Key = RegioGemeenten.Regiocode;

    Task<InkoopVergelijking> GetInkoopVergelijking(DateOnly peildatum);

    /// <summary>Every report, corrected and withdrawn ones too (flagged), oldest first.</summary>
    Task<IReadOnlyList<Voortgangsrapport>> GetVoortgangsrapporten();

    /// <summary>
    /// The reports now, and from now on each change of them (<see cref="IScopeGrain.RegioRapportenGewijzigd"/>) for
    /// this scope, until it stops following or the region's activation ends (a scope follows again now and then).
    /// </summary>
    Task<RegioRapporten> VolgRapporten(IScopeGrain volger);

    [OneWay]
    Task OntvolgRapporten(IScopeGrain volger);
}
