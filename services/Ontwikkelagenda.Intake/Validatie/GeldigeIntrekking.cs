namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>A withdrawal that passed validation: which melding it withdraws and why.</summary>
public sealed record GeldigeIntrekking(Guid MeldingId, Guid IngetrokkenMeldingId, string Reden)
{
    public const int MaxRedenLengte = 500;

    /// <summary>Reads <c>{meldingId, ingetrokkenMeldingId, reden}</c>; null when a field is wrong (see the reader's errors).</summary>
    public static GeldigeIntrekking? Lees(VeldLezer velden)
    {
        var meldingId = velden.MeldingId();
        var ingetrokken = velden.Id("ingetrokkenMeldingId", "Het veld ingetrokkenMeldingId is de meldingId (UUID) van een eerdere melding.");
        var reden = velden.VrijeTekst("reden", MaxRedenLengte, meerRegels: true);
        return velden.Any ? null : new GeldigeIntrekking(meldingId!.Value, ingetrokken!.Value, reden!);
    }
}
