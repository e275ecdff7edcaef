namespace Ontwikkelagenda.Landelijk;

/// <summary>What a generated data set holds, counted from the register and the events themselves.</summary>
public sealed record LandelijkeTotalen(
    int Gemeenten,
    int Samenwerkingsverbanden,
    int Scholen,
    int Thuiszitters,
    int ThuiszittersBeeindigd,
    int Trajecten,
    int TrajectenBeeindigd,
    int Aanbieders,
    int Contracten,
    int EedVerwijzingen,
    int Events);
