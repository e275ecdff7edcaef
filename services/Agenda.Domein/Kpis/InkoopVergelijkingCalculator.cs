using Ontwikkelagenda.Agenda.Domein.Data;
using Ontwikkelagenda.Agenda.Domein.Feiten;
using Ontwikkelagenda.Contracts.Kpis;

namespace Ontwikkelagenda.Agenda.Domein.Kpis;

/// <summary>The procurement comparison over the region's facts: providers per municipality and school, and their overlap.</summary>
public static class InkoopVergelijkingCalculator
{
    public static InkoopVergelijking Bereken(ScopeFeiten regioFeiten, DomeinData data, DateOnly peildatum) =>
        throw new NotImplementedException("Agenda.Domein: in aanbouw");
}
