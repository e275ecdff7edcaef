using System.ComponentModel;

namespace Leerplicht.Api.Thuiszitters;

/// <summary>The answer of <c>GET /v1/thuiszitters?gemeente=</c>: the municipality's open cases, overdue first, then oldest first.</summary>
[Description("De open thuiszitterszaken van een gemeente op een peildatum: eerst die langer dan drie maanden lopen, dan de oudste.")]
public sealed record ThuiszittersWerkvoorraad(
    string Gemeente,
    DateOnly Peildatum,
    IReadOnlyList<ThuiszitterInWerkvoorraad> Thuiszitters);
