using Bunit;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using MudBlazor.Services;
using Ontwikkelagenda.Web.Common;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>What every live page or component needs in a test, in one place.</summary>
internal static class LiveDiensten
{
    /// <summary>MudBlazor, logging, a clock standing still at <paramref name="nu"/>, and how often the page reads again.</summary>
    /// <param name="opties">Kept by the test when it changes the interval during the test.</param>
    public static void AddLive(this BunitContext context, DateTimeOffset nu, OverzichtOptions opties)
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddLogging();
        context.Services.AddSingleton(new AmsterdamClock(new FixedTimeProvider(nu)));
        context.Services.AddSingleton(Options.Create(opties));
    }

    public static void AddLive(this BunitContext context, DateTimeOffset nu, TimeSpan refreshInterval) =>
        context.AddLive(nu, new OverzichtOptions { RefreshInterval = refreshInterval });
}
