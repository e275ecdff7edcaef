namespace Ondersteuning.Api.ComplexeCasussen;

/// <summary>The answer to an accepted melding about a complex case: its id.</summary>
public sealed record ComplexeCasusAangenomen(Guid CasusId);
