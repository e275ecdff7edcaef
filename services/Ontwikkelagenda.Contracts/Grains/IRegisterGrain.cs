using Ontwikkelagenda.Contracts.Register;

namespace Ontwikkelagenda.Contracts.Grains;

/// <summary>The region's reference data: municipalities, SWVs and the school register. Key 0.</summary>
public interface IRegisterGrain : IGrainWithIntegerKey
{
    Task<IReadOnlyList<Gemeente>> GetGemeenten();
    Task<IReadOnlyList<Samenwerkingsverband>> GetSamenwerkingsverbanden();
    Task<IReadOnlyList<School>> GetScholen();
}
