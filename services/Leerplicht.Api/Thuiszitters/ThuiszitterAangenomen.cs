namespace Leerplicht.Api.Thuiszitters;

/// <summary>The answer to an accepted melding: the id the intake gave the case.</summary>
public sealed record ThuiszitterAangenomen(Guid Id);
