using Agenda.Domein.Feiten;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Domein.Kpis;

/// <summary>
/// One child, one plan, one director: the complex cases open at the peildatum plus the open thuiszitter cases no open
/// complex case links (a thuiszitter case is complex by itself, and counts once); the share with a casusregisseur
/// (a thuiszitter case alone has none), and those open longer than twelve weeks (startdatum + 84 days before the peildatum).
/// </summary>
public static class RegieKpiCalculator
{
    public static RegieCijfers Bereken(ScopeAfbakening scope, ScopeFeiten feiten, DateOnly peildatum)
    {
        var casussen = feiten.ComplexeCasussen.Where(c => c.OpenOp(peildatum) && scope.CasusTelt(c.Gemeente, c.Brin)).ToList();
        var gekoppeld = feiten.ComplexeCasussen.Where(c => c.OpenOp(peildatum) && c.ThuiszitterZaakId is not null)
            .Select(c => c.ThuiszitterZaakId!.Value).ToHashSet();
        var zaken = scope.Zaken(feiten.Thuiszitters, peildatum)
            .Where(z => z.Startdatum <= peildatum && (z.Einddatum is null || z.Einddatum > peildatum) && !gekoppeld.Contains(z.ZaakId))
            .ToList();

        var open = casussen.Count + zaken.Count;
        var metRegisseur = casussen.Count(c => c.HeeftRegisseurOp(peildatum));
        var langer = casussen.Count(c => c.Startdatum.AddDays(84) < peildatum) + zaken.Count(z => z.Startdatum!.Value.AddDays(84) < peildatum);
        return new RegieCijfers(open, metRegisseur, Aandeel.Procent(metRegisseur, open), langer);
    }
}
