using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ontwikkelagenda.Intake.Tests;

/// <summary>A minimal entity kind for the tests, publishing real contract events.</summary>
public sealed record TestAanbieder(string Naam)
{
    public const string Soort = "test-aanbieder";
    public const string Geregistreerd = "geregistreerd";
    public const string Gecorrigeerd = "correctie";

    public static Besluit<TestAanbieder, TestAntwoord> Registreer(Guid id, string naam) =>
        Besluit<TestAanbieder, TestAntwoord>.Aanvaard(new TestAanbieder(naam),
            new AanbiederGeregistreerd(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "Test", id, naam, null),
            new TestAntwoord(id), $"/v1/test/{id}");

    public static Besluit<TestAanbieder, TestAntwoord> Corrigeer(Huidig<TestAanbieder>? huidig, Guid gecorrigeerd, string naam)
    {
        if (huidig is null) return NlProblems.NotFound("Onbekend.");
        if (huidig.Weiger(gecorrigeerd, "gecorrigeerdeMeldingId", out var doel) is { } probleem)
            return Besluit<TestAanbieder, TestAntwoord>.Afgewezen(probleem);
        var id = huidig.Entiteit.Id;
        return Besluit<TestAanbieder, TestAntwoord>.Aanvaard(new TestAanbieder(naam),
            new AanbiederGeregistreerd(Guid.CreateVersion7(), DateTimeOffset.UtcNow, "Test", id, naam, null) { Corrigeert = doel!.EventId },
            new TestAntwoord(id), $"/v1/test/{id}") with { Corrigeert = doel.MeldingId };
    }
}

public sealed record TestAntwoord(Guid Id);
