using Intake.Contracts.Inkoop;

namespace Inkoop.Api.Aanbieders;

/// <summary>A provider's fields that passed their rules (registration or correction).</summary>
public sealed record GeldigeAanbieder(Guid MeldingId, string Naam, string? KvkNummer)
{
    public static GeldigeAanbieder Van(AanbiederRegistratie registratie) => new(registratie.MeldingId!.Value, registratie.Naam!, registratie.KvkNummer);

    public static GeldigeAanbieder Van(AanbiederCorrectie correctie) => new(correctie.MeldingId!.Value, correctie.Naam!, correctie.KvkNummer);
}
