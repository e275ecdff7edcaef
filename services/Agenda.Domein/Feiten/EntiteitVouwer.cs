using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Feiten;

/// <summary>Folds an entity's effective events, in order, into its fact; null when its creating event is not (or no longer) effective.</summary>
public static class EntiteitVouwer
{
    public static object? Vouw(IReadOnlyList<IEntiteitEvent> effectief) => effectief.FirstOrDefault() switch
    {
        ThuiszitterGemeld or ThuiszitterBeeindigd or ThuiszitterOvergedragen or ThuiszitterTermijnOverschreden => Thuiszitter(effectief),
        AanbiederGeregistreerd => effectief.OfType<AanbiederGeregistreerd>().Select(e => new AanbiederFeit(e.AanbiederId, e.Naam, e.KvkNummer)).Last(),
        ContractGesloten or ContractBeeindigd => Contract(effectief),
        TrajectGestart or TrajectBeeindigd => Traject(effectief),
        EedVerwijzingGemeld or EedBehandelingGestart => Verwijzing(effectief),
        ComplexeCasusGemeld or CasusregisseurToegewezen or ComplexeCasusAfgesloten => Casus(effectief),
        _ => null,
    };

    private static ThuiszitterFeit? Thuiszitter(IReadOnlyList<IEntiteitEvent> events)
    {
        var gemeld = events.OfType<ThuiszitterGemeld>().LastOrDefault();
        var beeindigd = events.OfType<ThuiszitterBeeindigd>().LastOrDefault();
        var zaakId = events[0].EntiteitId;
        if (gemeld is null)
            // Only a closing or transfer so far: keep it so the case is known, but it counts nowhere.
            return new ThuiszitterFeit(zaakId, null, null, null, null, beeindigd?.Einddatum, beeindigd?.Uitkomst, [], null);
        var overdrachten = events.OfType<ThuiszitterOvergedragen>()
            .Select(o => new Overdracht(o.Overdrachtsdatum, o.VanGemeente.Value, o.NaarGemeente.Value)).ToList();
        var termijn = events.OfType<ThuiszitterTermijnOverschreden>().Select(t => (DateOnly?)t.Termijndatum).FirstOrDefault();
        return new ThuiszitterFeit(zaakId, gemeld.Gemeente.Value, gemeld.Brin?.Value, gemeld.SoortVerzuim, gemeld.Startdatum,
            beeindigd?.Einddatum, beeindigd?.Uitkomst, overdrachten, termijn);
    }

    private static ContractFeit? Contract(IReadOnlyList<IEntiteitEvent> events)
    {
        if (events.OfType<ContractGesloten>().LastOrDefault() is not { } g) return null;
        var einde = events.OfType<ContractBeeindigd>().LastOrDefault()?.Einddatum ?? g.Einddatum;
        return new ContractFeit(g.ContractId, g.AanbiederId, g.AanbiederNaam, g.Contractant, g.Soort, g.SoortZorg, g.Kader, g.Startdatum, einde, g.Bediening);
    }

    private static TrajectFeit? Traject(IReadOnlyList<IEntiteitEvent> events)
    {
        if (events.OfType<TrajectGestart>().LastOrDefault() is not { } g) return null;
        return new TrajectFeit(g.TrajectId, g.Brin.Value, g.AanbiederId, g.AanbiederNaam, g.Zwaarte, g.Kader, g.Startdatum,
            events.OfType<TrajectBeeindigd>().LastOrDefault()?.Einddatum);
    }

    private static EedVerwijzingFeit? Verwijzing(IReadOnlyList<IEntiteitEvent> events)
    {
        if (events.OfType<EedVerwijzingGemeld>().LastOrDefault() is not { } g) return null;
        return new EedVerwijzingFeit(g.VerwijzingId, g.Brin.Value, g.Verwijsdatum, events.OfType<EedBehandelingGestart>().LastOrDefault()?.Startdatum);
    }

    private static ComplexeCasusFeit? Casus(IReadOnlyList<IEntiteitEvent> events)
    {
        if (events.OfType<ComplexeCasusGemeld>().LastOrDefault() is not { } g) return null;
        var regisseurs = new List<(DateOnly, Casusregisseur)>();
        if (g.Casusregisseur is { } eerste) regisseurs.Add((g.Startdatum, eerste));
        regisseurs.AddRange(events.OfType<CasusregisseurToegewezen>().Select(t => (t.Datum, t.Casusregisseur)));
        return new ComplexeCasusFeit(g.CasusId, g.Gemeente.Value, g.Brin?.Value, g.Startdatum,
            events.OfType<ComplexeCasusAfgesloten>().LastOrDefault()?.Einddatum, g.ThuiszitterZaakId, regisseurs);
    }
}
