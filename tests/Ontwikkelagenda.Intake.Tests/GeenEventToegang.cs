using Ontwikkelagenda.Contracts.Events;
using Ontwikkelagenda.Intake.Toegang;
using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.Intake.Tests;

/// <summary>
/// The library's tests call <see cref="MeldingOntvangst"/> without a request, where it checks no caller; a service
/// registers its own <see cref="IEventToegang"/>, which the services' ToegangTests test.
/// </summary>
internal sealed class GeenEventToegang : IEventToegang
{
    public string? Weigering(IAgendaEvent gebeurtenis, Aanroeper aanroeper) => null;
}
