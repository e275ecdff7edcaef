using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Ontwikkelagenda.Web.Common.Live;
using Ontwikkelagenda.Web.Common;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>The base of every live page: first read, refresh, the unreachable state and its end, disposal.</summary>
public sealed class LiveComponentTests : BunitContext
{
    // 10:00 UTC is 11:00 in Amsterdam in winter.
    private static readonly DateTimeOffset Nu = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);

    /// <summary>An hour by default, so no refresh runs during a test that does not ask for one.</summary>
    private readonly OverzichtOptions opties = new() { RefreshInterval = TimeSpan.FromHours(1) };

    public LiveComponentTests() => this.AddLive(Nu, opties);

    [Fact]
    public void Reads_before_the_first_render_and_says_when()
    {
        var lijst = new Leesteller(LeesUitkomst.Gelezen);

        var pagina = Render<LiveLijst>(p => p.Add(l => l.Lees, lijst.LeesAsync));

        Assert.Equal(1, lijst.Gelezen);
        Assert.Equal("Bijgewerkt om 11:00:00", pagina.Find("[data-bijgewerkt]").TextContent.Trim());
        Assert.Empty(pagina.FindAll("[data-melding='onbereikbaar']"));
    }

    [Fact]
    public void Reads_again_every_interval()
    {
        opties.RefreshInterval = TimeSpan.FromMilliseconds(20);
        var lijst = new Leesteller(LeesUitkomst.Gelezen);

        Render<LiveLijst>(p => p.Add(l => l.Lees, lijst.LeesAsync));

        WaitUntil(() => lijst.Gelezen >= 4);
    }

    [Fact]
    public void Says_the_service_is_unreachable_and_stops_saying_so_when_it_answers_again()
    {
        opties.RefreshInterval = TimeSpan.FromMilliseconds(20);
        var lijst = new Leesteller(LeesUitkomst.Gelezen) { Fout = new HttpRequestException("Connection refused") };

        var pagina = Render<LiveLijst>(p => p.Add(l => l.Lees, lijst.LeesAsync));

        Assert.Equal("De cijfers zijn nu niet bereikbaar; we proberen het opnieuw.", pagina.Find("[data-melding='onbereikbaar']").TextContent.Trim());
        Assert.Equal("", pagina.Find("[data-bijgewerkt]").TextContent.Trim());

        lijst.Fout = null;

        pagina.WaitForAssertion(() =>
        {
            Assert.Empty(pagina.FindAll("[data-melding='onbereikbaar']"));
            Assert.Equal("Bijgewerkt om 11:00:00", pagina.Find("[data-bijgewerkt]").TextContent.Trim());
        }, WaitLimit);
    }

    [Fact]
    public void An_answer_that_the_service_cannot_answer_now_is_unreachable_too()
    {
        var pagina = Render<LiveLijst>(p => p.Add(l => l.Lees, new Leesteller(LeesUitkomst.Onbereikbaar).LeesAsync));

        Assert.NotEmpty(pagina.FindAll("[data-melding='onbereikbaar']"));
        Assert.Equal("", pagina.Find("[data-bijgewerkt]").TextContent.Trim());
    }

    [Fact]
    public async Task A_refusal_ends_the_unreachable_state_without_saying_bijgewerkt()
    {
        var lijst = new Leesteller(LeesUitkomst.Geweigerd) { Fout = new TimeoutException() };
        var pagina = Render<LiveLijst>(p => p.Add(l => l.Lees, lijst.LeesAsync));
        Assert.NotEmpty(pagina.FindAll("[data-melding='onbereikbaar']"));

        lijst.Fout = null;
        await pagina.InvokeAsync(pagina.Instance.LaadAsync);
        pagina.Render();

        Assert.Empty(pagina.FindAll("[data-melding='onbereikbaar']"));
        Assert.Equal("", pagina.Find("[data-bijgewerkt]").TextContent.Trim());
    }

    [Fact]
    public async Task A_skipped_read_changes_nothing()
    {
        var lijst = new Leesteller(LeesUitkomst.Overgeslagen) { Fout = new HttpRequestException("Connection refused") };
        var pagina = Render<LiveLijst>(p => p.Add(l => l.Lees, lijst.LeesAsync));

        lijst.Fout = null;
        await pagina.InvokeAsync(pagina.Instance.LaadAsync);
        pagina.Render();

        Assert.Equal(2, lijst.Gelezen);
        Assert.NotEmpty(pagina.FindAll("[data-melding='onbereikbaar']"));
        Assert.Equal("", pagina.Find("[data-bijgewerkt]").TextContent.Trim());
    }

    [Fact]
    public void A_failure_that_is_not_about_reaching_the_service_is_not_hidden_as_unreachable()
    {
        var lijst = new Leesteller(LeesUitkomst.Gelezen) { Fout = new InvalidOperationException("a bug") };

        Assert.Throws<InvalidOperationException>(() => Render<LiveLijst>(p => p.Add(l => l.Lees, lijst.LeesAsync)));
    }

    [Fact]
    public async Task Closing_the_page_cancels_its_calls_and_stops_the_loop()
    {
        opties.RefreshInterval = TimeSpan.FromMilliseconds(20);
        var lijst = new Leesteller(LeesUitkomst.Gelezen);
        Render<LiveLijst>(p => p.Add(l => l.Lees, lijst.LeesAsync));
        WaitUntil(() => lijst.Gelezen >= 2);

        await DisposeComponentsAsync();

        Assert.True(lijst.PageClosed.IsCancellationRequested);
        var gelezen = lijst.Gelezen;
        await Task.Delay(TimeSpan.FromMilliseconds(200), Xunit.TestContext.Current.CancellationToken); // ten intervals
        Assert.Equal(gelezen, lijst.Gelezen);
    }

    private static void WaitUntil(Func<bool> klaar)
    {
        var tot = DateTime.UtcNow + WaitLimit;
        while (!klaar())
        {
            Assert.True(DateTime.UtcNow < tot, "timed out");
            Thread.Sleep(10);
        }
    }

    /// <summary>A service that answers <see cref="Uitkomst"/>, or throws <see cref="Fout"/>, and counts how often it is asked.</summary>
    private sealed class Leesteller(LeesUitkomst uitkomst)
    {
        private int gelezen;

        public LeesUitkomst Uitkomst { get; set; } = uitkomst;
        public Exception? Fout { get; set; }
        public int Gelezen => Volatile.Read(ref gelezen);
        public CancellationToken PageClosed { get; private set; }

        public Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed)
        {
            PageClosed = pageClosed;
            Interlocked.Increment(ref gelezen);
            return Fout is { } fout ? Task.FromException<LeesUitkomst>(fout) : Task.FromResult(Uitkomst);
        }
    }

    /// <summary>The smallest live component: what the base shows, around a read the test supplies.</summary>
    private sealed class LiveLijst : LiveComponent
    {
        [Parameter] public Func<CancellationToken, Task<LeesUitkomst>> Lees { get; set; } = default!;

        protected override Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed) => Lees(pageClosed);

        protected override void BuildRenderTree(RenderTreeBuilder builder)
        {
            builder.OpenComponent<BijgewerktTekst>(0);
            builder.AddComponentParameter(1, nameof(BijgewerktTekst.Moment), BijgewerktOm);
            builder.CloseComponent();
            if (!Onbereikbaar) return;
            builder.OpenComponent<OnbereikbaarMelding>(2);
            builder.CloseComponent();
        }
    }
}
