using System.Collections.Concurrent;
using Ontwikkelagenda.Intake.Client;
using Refit;

namespace Ontwikkelagenda.Web.Tests.Melden;

/// <summary>Stands in for Ondersteuning.Api's complex cases: answers the check through a settable function, keeps what was sent.</summary>
internal sealed class FakeOndersteuningApi : IOndersteuningApi
{
    public ConcurrentQueue<ComplexeCasusMelding> Gemeld { get; } = new();
    public ConcurrentQueue<ComplexeCasusMelding> Gecontroleerd { get; } = new();

    public Func<ComplexeCasusMelding, Task<IApiResponse<Controle>>> Controleer { get; set; } =
        _ => DienstAntwoord.Aangenomen(new Controle(true), System.Net.HttpStatusCode.OK);

    public Task<IApiResponse<ComplexeCasusAangenomen>> MeldComplexeCasus(ComplexeCasusMelding casus, CancellationToken cancellationToken = default)
    {
        Gemeld.Enqueue(casus);
        return DienstAntwoord.Aangenomen(new ComplexeCasusAangenomen(Guid.NewGuid()));
    }

    public Task<IApiResponse<Controle>> ControleerComplexeCasus(ComplexeCasusMelding casus, CancellationToken cancellationToken = default)
    {
        Gecontroleerd.Enqueue(casus);
        return Controleer(casus);
    }

    public Task<IApiResponse<TrajectAangenomen>> StartTraject(TrajectMelding traject, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IApiResponse<Controle>> ControleerTraject(TrajectMelding traject, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IApiResponse<EedVerwijzingAangenomen>> MeldEedVerwijzing(EedVerwijzingMelding verwijzing, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IApiResponse<Controle>> ControleerEedVerwijzing(EedVerwijzingMelding verwijzing, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();

    public Task<IApiResponse<RapportAangenomen>> Rapporteer(Voortgangsrapportage rapportage, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException();
}
