using System.ComponentModel;
using System.Text.Json;

namespace Ondersteuning.Api.Meldingen;

/// <summary>One melding in a resource's history, as it was received; corrections and withdrawals stay visible.</summary>
[Description("Eén melding uit de geschiedenis van de resource.")]
public sealed record MeldingRegel(
    [property: Description("De meldingId van de afzender.")] Guid MeldingId,
    [property: Description("Het event dat de melding publiceerde, bijvoorbeeld TrajectGestart of MeldingIngetrokken.")] string Event,
    [property: Description("Wanneer de intake de melding ontving.")] DateTimeOffset OntvangenOp,
    [property: Description("De melding die deze melding corrigeert (vervangt), of null.")] Guid? GecorrigeerdeMeldingId,
    [property: Description("De melding die deze melding intrekt, of null.")] Guid? IngetrokkenMeldingId,
    [property: Description("Of de melding nu telt: niet ingetrokken en niet vervangen door een geldende correctie.")] bool Effectief,
    [property: Description("Het gepubliceerde event zoals het op de berichtenbus ging.")] JsonElement Gegevens);
