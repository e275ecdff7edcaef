using Bunit;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Ontwikkelagenda.Web.Common;
using Ontwikkelagenda.Web.Common.Live;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>What every live page or component needs in a test, in one place.</summary>
internal static class LiveDiensten
{
    /// <summary>MudBlazor, logging, a clock standing still at <paramref name="nu"/>, and the stream of changes.</summary>
    /// <returns>The stream of changes the pages follow: the test says through it that something changed, or that it broke.</returns>
    public static Wijzigingsstroom AddLive(this BunitContext context, DateTimeOffset nu)
    {
        context.JSInterop.Mode = JSRuntimeMode.Loose;
        context.Services.AddMudServices();
        context.Services.AddLogging();
        context.Services.AddSingleton(new AmsterdamClock(new FixedTimeProvider(nu)));
        var stroom = new Wijzigingsstroom();
        context.Services.AddSingleton(stroom);
        return stroom;
    }
}
