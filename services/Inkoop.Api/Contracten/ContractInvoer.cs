using Inkoop.Api.Aanbieders;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.Intake.Validatie;

namespace Inkoop.Api.Contracten;

/// <summary>Validates a contract's fields from the raw JSON, every error at once, the provider against this service's register.</summary>
public sealed class ContractInvoer(IntakeStore store)
{
    public const int MaxSoortZorgLengte = 200;

    public async Task<GeldigContract?> Lees(VeldLezer velden, CancellationToken cancellationToken)
    {
        var meldingId = velden.MeldingId();
        var aanbieder = await LeesAanbieder(velden, cancellationToken);
        var contractant = LeesContractant(velden);
        var soort = velden.Keuze<ContractSoort>("soort", "Het soort contract");
        var soortZorg = velden.VrijeTekst("soortZorg", MaxSoortZorgLengte);
        var kader = velden.Keuze<ZorgKader>("kader", "Het kader");
        var startdatum = velden.Datum("startdatum", "De startdatum", toekomstToegestaan: true);
        var einddatum = velden.Datum("einddatum", "De einddatum", verplicht: false, toekomstToegestaan: true);
        if (einddatum is not null && startdatum is not null && einddatum <= startdatum)
            velden.Errors.Add("einddatum", $"De einddatum ligt na de startdatum ({startdatum:yyyy-MM-dd}); de einddatum is de eerste dag zonder contract.");
        var bediening = LeesBediening(velden, contractant);

        if (velden.Any) return null;
        return new GeldigContract(meldingId!.Value, aanbieder!.Value.Id, aanbieder.Value.Naam, contractant!, soort!.Value, soortZorg!,
            kader!.Value, startdatum!.Value, einddatum, bediening!);
    }

    private async Task<(Guid Id, string Naam)?> LeesAanbieder(VeldLezer velden, CancellationToken cancellationToken)
    {
        var id = velden.Id("aanbiederId", "Het veld aanbiederId is het id (UUID) van een bij deze dienst geregistreerde aanbieder.");
        if (id is null) return null;
        var aanbieder = await store.Vind<AanbiederStaat>(id.Value, AanbiederStaat.Soort, cancellationToken);
        if (aanbieder is null || aanbieder.Ingetrokken)
        {
            velden.Errors.Add("aanbiederId", $"Er is geen geregistreerde aanbieder met id {id}; registreer hem eerst (POST /v1/aanbieders).");
            return null;
        }
        return (id.Value, aanbieder.Staat.Naam);
    }

    private static Contractant? LeesContractant(VeldLezer velden)
    {
        var text = velden.Tekst("contractant");
        if (text is null) return null;
        if (text == ContractStaat.Subregio) return Contractant.Subregio;
        if (!GemeenteCode.TryParse(text, out var code) || !RegioGemeenten.Contains(code))
        {
            velden.Errors.Add("contractant", $"De contractant is een gemeente van regio 22.01 ({string.Join(", ", RegioGemeenten.All)}) of 'subregio'.");
            return null;
        }
        return new Contractant(code);
    }

    private static Bediening? LeesBediening(VeldLezer velden, Contractant? contractant)
    {
        var heleGemeente = velden.JaNee("heleGemeente");
        var scholen = velden.Scholen("scholen", verplicht: heleGemeente == false);
        if (heleGemeente is null || scholen is null && velden.Errors.Has("scholen")) return null;
        if (heleGemeente.Value)
        {
            if (scholen is { Count: > 0 })
            {
                velden.Errors.Add("scholen", "Bij heleGemeente = true bedient het contract alle scholen van de gemeente(n): laat scholen leeg.");
                return null;
            }
            return Bediening.Gemeentebreed;
        }
        if (scholen is null) return null;
        if (scholen.Count == 0)
        {
            velden.Errors.Add("scholen", "Bij heleGemeente = false noemt het contract minstens één school (BRIN).");
            return null;
        }
        var goed = true;
        for (var i = 0; i < scholen.Count; i++)
        {
            if (contractant is null || contractant.Gemeenten.Any(g => g.Value == scholen[i].Gemeente)) continue;
            velden.Errors.Add($"scholen[{i}]", $"De school {scholen[i].Brin} ligt in {scholen[i].Gemeente}, niet in de gemeente van de contractant ({contractant.Gemeente}).");
            goed = false;
        }
        return goed ? new Bediening(false, [.. scholen.Select(s => Brin.Parse(s.Brin))]) : null;
    }
}
