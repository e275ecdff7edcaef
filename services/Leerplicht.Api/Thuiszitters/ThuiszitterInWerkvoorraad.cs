using System.ComponentModel;
using Ontwikkelagenda.Contracts.Values;

namespace Leerplicht.Api.Thuiszitters;

/// <summary>An open case in the leerplicht office's worklist, with its age at the peildatum.</summary>
public sealed record ThuiszitterInWerkvoorraad(
    Guid Id,
    string CasusReferentie,
    string? Brin,
    SoortVerzuim SoortVerzuim,
    DateOnly Startdatum,
    [property: Description("Dagen sinds de startdatum op de peildatum.")]
    int LeeftijdInDagen,
    [property: Description("Eerste dag dat de zaak langer dan drie maanden loopt: startdatum + 3 kalendermaanden + 1 dag.")]
    DateOnly Termijndatum,
    [property: Description("Op de peildatum langer dan drie maanden open (Thuiszitterspact).")]
    bool LangerDanDrieMaanden);
