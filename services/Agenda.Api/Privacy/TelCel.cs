namespace Agenda.Api.Privacy;

/// <summary>One count of children in a <see cref="Telling"/>.</summary>
public readonly record struct TelCel(int Index);
