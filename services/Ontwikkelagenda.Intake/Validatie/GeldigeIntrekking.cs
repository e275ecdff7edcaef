using Intake.Contracts.Meldingen;

namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>A withdrawal that passed validation: which melding it withdraws and why.</summary>
public sealed record GeldigeIntrekking(Guid MeldingId, Guid IngetrokkenMeldingId, string Reden)
{
    /// <summary>Reads an <see cref="Intrekking"/> by its rules; null when a field is wrong (see the reader's errors).</summary>
    public static GeldigeIntrekking? Lees(VeldLezer velden)
    {
        var intrekking = Verzoeklezer.Lees<Intrekking>(velden);
        return velden.Any ? null : Van(intrekking);
    }

    /// <summary>An intrekking whose fields passed their rules.</summary>
    public static GeldigeIntrekking Van(Intrekking intrekking) =>
        new(intrekking.MeldingId!.Value, intrekking.IngetrokkenMeldingId!.Value, intrekking.Reden!);
}
