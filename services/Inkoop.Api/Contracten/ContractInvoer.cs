using Agenda.Domein.Referentie;
using Inkoop.Api.Aanbieders;
using Intake.Contracts.Inkoop;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.Intake.Validatie;

namespace Inkoop.Api.Contracten;

/// <summary>Reads a contract's fields, every error at once, the provider against this service's register.</summary>
public sealed class ContractInvoer(IntakeStore store, Referentiedata register)
{
    /// <summary>
    /// A contract by the rules of <see cref="ContractMelding"/>, then what its fields say together: the provider is
    /// registered here, the einddatum follows the startdatum, and the schools fit heleGemeente and the contractant.
    /// </summary>
    public async Task<GeldigContract?> Lees(VeldLezer velden, CancellationToken cancellationToken)
    {
        var melding = Verzoeklezer.Lees<ContractMelding>(velden);
        var aanbieder = await LeesAanbieder(melding.AanbiederId, velden, cancellationToken);
        if (melding.Einddatum <= melding.Startdatum)
            velden.Errors.Add("einddatum", $"De einddatum ligt na de startdatum ({melding.Startdatum:yyyy-MM-dd}); de einddatum is de eerste dag zonder contract.");
        var contractant = melding.Contractant switch
        {
            null => null,
            VeldLezer.Subregio => Contractant.Subregio,
            var code => new Contractant(GemeenteCode.Parse(code)),
        };
        var bediening = LeesBediening(melding, velden, contractant);

        if (velden.Any) return null;
        return new GeldigContract(melding.MeldingId!.Value, aanbieder!.Value.Id, aanbieder.Value.Naam, contractant!,
            JsonEnumNames<ContractSoort>.Parse(melding.Soort), melding.SoortZorg!, JsonEnumNames<ZorgKader>.Parse(melding.Kader),
            melding.Startdatum!.Value, melding.Einddatum, bediening!);
    }

    private async Task<(Guid Id, string Naam)?> LeesAanbieder(Guid? id, VeldLezer velden, CancellationToken cancellationToken)
    {
        if (id is null) return null;
        var aanbieder = await store.Vind<AanbiederStaat>(id.Value, AanbiederStaat.Soort, cancellationToken);
        if (aanbieder is null || aanbieder.Ingetrokken)
        {
            velden.Errors.Add("aanbiederId", $"Er is geen geregistreerde aanbieder met id {id}; registreer hem eerst (POST /v1/aanbieders).");
            return null;
        }
        return (id.Value, aanbieder.Staat.Naam);
    }

    private Bediening? LeesBediening(ContractMelding melding, VeldLezer velden, Contractant? contractant)
    {
        var (heleGemeente, brins) = (melding.HeleGemeente, melding.Scholen);
        if (heleGemeente == false && brins is null && !velden.Errors.HasOnder("scholen"))
            velden.Errors.Add("scholen", "Het veld scholen is verplicht (een lijst BRIN-nummers).");
        if (heleGemeente is null || brins is null && velden.Errors.Has("scholen")) return null;
        if (heleGemeente.Value)
        {
            if (brins is { Count: > 0 })
            {
                velden.Errors.Add("scholen", "Bij heleGemeente = true bedient het contract alle scholen van de gemeente(n): laat scholen leeg.");
                return null;
            }
            return Bediening.Gemeentebreed;
        }
        if (brins is null) return null;
        if (brins.Count == 0)
        {
            velden.Errors.Add("scholen", "Bij heleGemeente = false noemt het contract minstens één school (BRIN).");
            return null;
        }
        var scholen = brins.Select(brin => register.School(brin)!).ToList();
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
