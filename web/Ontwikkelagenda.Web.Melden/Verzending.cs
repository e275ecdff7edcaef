using Intake.Client;

namespace Ontwikkelagenda.Web.Melden;

/// <summary>The outcome of sending one form, as the form shows it: a confirmation, the field errors, or a problem.</summary>
public sealed record Verzending(bool Aangenomen, string? Bevestiging, Veldfouten Veldfouten, string? Probleem)
{
    public static Verzending Van<T>(MeldingAntwoord<T> antwoord, Func<T, string> bevestiging) =>
        antwoord is { Aangenomen: true, Inhoud: { } inhoud }
            ? new(true, bevestiging(inhoud), Veldfouten.Geen, null)
            : new(false, null, new Veldfouten(antwoord.Veldfouten), antwoord.Veldfouten.Count > 0 ? null : antwoord.Probleem);

    public static Verzending Onbereikbaar { get; } = new(false, null, Veldfouten.Geen,
        "De dienst is nu niet bereikbaar. Er is niets vastgelegd; probeer het zo opnieuw (dezelfde melding wordt nooit dubbel vastgelegd).");
}
