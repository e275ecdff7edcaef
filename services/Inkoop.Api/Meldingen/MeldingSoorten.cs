namespace Inkoop.Api.Meldingen;

/// <summary>The kinds of melding the inkoop intake stores; a meldingId reused for another kind is a conflict.</summary>
public static class MeldingSoorten
{
    public const string AanbiederGeregistreerd = "aanbieder-geregistreerd";
    public const string ContractGesloten = "contract-gesloten";
    public const string ContractBeeindigd = "contract-beeindigd";
    public const string Correctie = "correctie";
}
