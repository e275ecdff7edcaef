using Agenda.Api.Client;

namespace Ontwikkelagenda.EndToEndTests;

/// <summary>A figure a test reads as a caller with case rights for its place: Agenda.Api gives it exactly.</summary>
internal static class Aantallen
{
    public static int Aantal(this Cijfer cijfer) =>
        cijfer is { IsShown: true, Value: { } waarde }
            ? (int)waarde
            : throw new InvalidOperationException($"Agenda.Api withheld the figure ({cijfer.Onderdrukking}): read it as a caller with case rights for the place.");
}
