namespace Ontwikkelagenda.Agenda.Client;

/// <summary>Thuiszitterspact figures at a peildatum, exact counts (suppression is the web's job).</summary>
public sealed record ThuiszitterCijfers(int Open, int LangerDanDrieMaanden, decimal? PerDuizend, decimal? BinnenDrieMaandenOpgelost);
