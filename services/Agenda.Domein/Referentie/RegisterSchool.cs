using Ontwikkelagenda.Contracts.Register;

namespace Agenda.Domein.Referentie;

/// <summary>A school in the register (per BRIN); its pupil counts live in the tellingen per school year.</summary>
public sealed record RegisterSchool(string Brin, string Naam, SchoolSoort Soort, string Gemeente, string Swv);
