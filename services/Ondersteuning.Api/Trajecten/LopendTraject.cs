using System.ComponentModel;
using Ontwikkelagenda.Contracts.Values;

namespace Ondersteuning.Api.Trajecten;

/// <summary>A trajectory in the school's worklist: running, so it can be ended.</summary>
public sealed record LopendTraject(
    Guid Id,
    string AanbiederNaam,
    Zwaarte Zwaarte,
    ZorgKader Kader,
    DateOnly Startdatum,
    [property: Description("Dagen sinds de startdatum op de peildatum.")] int DagenActief);
