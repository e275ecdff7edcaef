namespace Ontwikkelagenda.Web.Melden;

/// <summary>Where the intake services live. The default names are resolved by service discovery (services:leerplicht-api:http:0 ...).</summary>
public sealed class IntakeApiOptions
{
    public const string SectionName = "IntakeApi";

    public Uri Leerplicht { get; set; } = new("http://leerplicht-api");

    public Uri Inkoop { get; set; } = new("http://inkoop-api");

    public Uri Ondersteuning { get; set; } = new("http://ondersteuning-api");
}
