using Ontwikkelagenda.Intake.Validatie;

namespace Inkoop.Api.Aanbieders;

/// <summary>A provider's fields that passed validation (registration or correction).</summary>
public sealed record GeldigeAanbieder(Guid MeldingId, string Naam, string? KvkNummer)
{
    public const int MaxNaamLengte = 200;

    /// <summary>Reads meldingId, naam and kvkNummer; null when a field is wrong (see the reader's errors).</summary>
    public static GeldigeAanbieder? Lees(VeldLezer velden)
    {
        var meldingId = velden.MeldingId();
        var naam = velden.VrijeTekst("naam", MaxNaamLengte);
        var kvk = velden.KvkNummer("kvkNummer");
        return velden.Any ? null : new GeldigeAanbieder(meldingId!.Value, naam!, kvk);
    }
}
