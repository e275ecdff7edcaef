namespace Inkoop.Api.Aanbieders;

/// <summary>The answer to an accepted melding about a provider: where it is (also in the Location header).</summary>
public sealed record AanbiederAangenomen(Guid AanbiederId);
