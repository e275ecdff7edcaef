using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ontwikkelagenda.Intake.Bewaren;

/// <summary>
/// Every <see cref="BewaarOptions.Interval"/>, removes the reference of each case that closed (or was withdrawn) longer
/// than <see cref="BewaarOptions.NaAfsluiting"/> ago from the entity's state and its meldingen's events, and logs how
/// many cases lost it. It keeps no memory of its own: a run after a restart finds what is left, a second run nothing.
/// </summary>
public sealed class Bewaartermijn(IServiceScopeFactory scopes, IntakeStore store, TimeProvider time, IOptions<BewaarOptions> options,
    ILogger<Bewaartermijn> logger) : PeriodiekeTaak(time, logger)
{
    protected override TimeSpan Interval => options.Value.Interval;

    protected override string NietGedaan => "Bewaartermijn niet toegepast";

    protected override Task Voer(CancellationToken cancellationToken) => Ruim(cancellationToken);

    /// <summary>One run; returns how many cases lost their reference. Public so that a test can run it when it likes.</summary>
    public async Task<int> Ruim(CancellationToken cancellationToken)
    {
        var grensMoment = Time.GetUtcNow() - options.Value.NaAfsluiting;
        var grens = Time.Today().AddDays(-(int)options.Value.NaAfsluiting.TotalDays);
        var verwijderd = 0;
        await using var scope = scopes.CreateAsyncScope();
        foreach (var zaken in scope.ServiceProvider.GetServices<IAfgeslotenZaken>())
        {
            var afgesloten = await zaken.AfgeslotenVoor(grens, cancellationToken);
            var ingetrokken = await store.IngetrokkenVoor(zaken.EntiteitSoort, grensMoment, cancellationToken);
            verwijderd += await store.VerwijderReferenties([.. afgesloten.Union(ingetrokken)], zaken.EntiteitSoort, zaken.ReferentieVeld,
                cancellationToken);
        }

        Logger.LogInformation("Bewaartermijn: referentie van {Aantal} zaken verwijderd (afgesloten voor {Grens})", verwijderd,
            grens.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return verwijderd;
    }
}
