using System.ComponentModel;

namespace Leerplicht.Api.Thuiszitters;

/// <summary>One melding of a case in its history: corrected and withdrawn meldingen stay, marked by what replaced them.</summary>
[Description("Een melding in de geschiedenis van de zaak; gecorrigeerde en ingetrokken meldingen blijven zichtbaar.")]
public sealed record MeldingInGeschiedenis(
    [property: Description("gemeld, beeindigd, overgedragen, ingetrokken of termijn-overschreden; een correctie heeft de soort van wat ze corrigeert.")]
    string Soort,
    Guid MeldingId,
    [property: Description("Wanneer de intake de melding ontving.")]
    DateTimeOffset OntvangenOp,
    [property: Description("De meldingId die deze melding corrigeert, als ze een correctie is.")]
    Guid? Corrigeert,
    [property: Description("De meldingId die deze melding intrekt, als ze een intrekking is.")]
    Guid? TrektIn,
    [property: Description("De meldingId van de correctie die deze melding verving.")]
    Guid? GecorrigeerdDoor,
    [property: Description("De meldingId van de intrekking van deze melding.")]
    Guid? IngetrokkenDoor);
