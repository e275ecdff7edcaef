using Bunit;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Rendering;
using Ontwikkelagenda.Web.Common.Live;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>The base of every live page: first read, a read per burst of changes and none without, the unreachable state and its end, disposal.</summary>
public sealed class LiveComponentTests : BunitContext
{
    // 10:00 UTC is 11:00 in Amsterdam in winter.
    private static readonly DateTimeOffset Nu = new(2026, 12, 1, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);

    /// <summary>How long a test watches for reads that must not come.</summary>
    private static readonly TimeSpan Rust = TimeSpan.FromMilliseconds(300);

    private readonly Wijzigingsstroom stroom;

    public LiveComponentTests() => stroom = this.AddLive(Nu);

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
    public void Reads_again_when_something_changed()
    {
        var lijst = new Leesteller(LeesUitkomst.Gelezen);
        Render<LiveLijst>(p => p.Add(l => l.Lees, lijst.LeesAsync));

        stroom.Gewijzigd();

        WaitUntil(() => lijst.Gelezen == 2);
    }

    [Fact]
    public void Reads_nothing_while_nothing_changes()
    {
        var lijst = new Leesteller(LeesUitkomst.Gelezen);
        Render<LiveLijst>(p => p.Add(l => l.Lees, lijst.LeesAsync));

        Thread.Sleep(Rust);

        Assert.Equal(1, lijst.Gelezen);
    }

    [Fact]
    public void A_burst_of_changes_during_a_read_is_one_more_read()
    {
        var lijst = new Leesteller(LeesUitkomst.Gelezen);
        Render<LiveLijst>(p => p.Add(l => l.Lees, lijst.LeesAsync));
        var poort = lijst.Houd();
        stroom.Gewijzigd();
        WaitUntil(() => lijst.Gelezen == 2); // under way, held at the gate

        for (var i = 0; i < 10; i++) stroom.Gewijzigd();
        poort.SetResult();

        WaitUntil(() => lijst.Gelezen == 3);
        Thread.Sleep(Rust);
        Assert.Equal(3, lijst.Gelezen);
    }

    [Fact]
    public void Says_the_service_is_unreachable_and_stops_saying_so_when_it_answers_again()
    {
        var lijst = new Leesteller(LeesUitkomst.Gelezen) { Fout = new HttpRequestException("Connection refused") };

        var pagina = Render<LiveLijst>(p => p.Add(l => l.Lees, lijst.LeesAsync));

        Assert.Equal("De cijfers zijn nu niet bereikbaar; we proberen het opnieuw.", pagina.Find("[data-melding='onbereikbaar']").TextContent.Trim());
        Assert.Equal("", pagina.Find("[data-bijgewerkt]").TextContent.Trim());

        lijst.Fout = null;
        stroom.Gewijzigd();

        pagina.WaitForAssertion(() =>
        {
            Assert.Empty(pagina.FindAll("[data-melding='onbereikbaar']"));
            Assert.Equal("Bijgewerkt om 11:00:00", pagina.Find("[data-bijgewerkt]").TextContent.Trim());
        }, WaitLimit);
    }

    [Fact]
    public void A_broken_stream_of_changes_says_unreachable_and_its_return_reads_once()
    {
        var lijst = new Leesteller(LeesUitkomst.Gelezen);
        var pagina = Render<LiveLijst>(p => p.Add(l => l.Lees, lijst.LeesAsync));

        stroom.Verbroken();

        pagina.WaitForAssertion(() => Assert.NotEmpty(pagina.FindAll("[data-melding='onbereikbaar']")), WaitLimit);
        Assert.Equal(1, lijst.Gelezen);

        stroom.Verbonden();

        pagina.WaitForAssertion(() => Assert.Empty(pagina.FindAll("[data-melding='onbereikbaar']")), WaitLimit);
        WaitUntil(() => lijst.Gelezen == 2);
        Thread.Sleep(Rust);
        Assert.Equal(2, lijst.Gelezen);
    }

    [Fact]
    public void A_page_opened_while_the_stream_is_broken_says_so()
    {
        stroom.Verbroken();

        var pagina = Render<LiveLijst>(p => p.Add(l => l.Lees, new Leesteller(LeesUitkomst.Gelezen).LeesAsync));

        pagina.WaitForAssertion(() => Assert.NotEmpty(pagina.FindAll("[data-melding='onbereikbaar']")), WaitLimit);
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
    public async Task Closing_the_page_cancels_its_calls_and_stops_following_the_changes()
    {
        var lijst = new Leesteller(LeesUitkomst.Gelezen);
        Render<LiveLijst>(p => p.Add(l => l.Lees, lijst.LeesAsync));
        stroom.Gewijzigd();
        WaitUntil(() => lijst.Gelezen == 2);

        await DisposeComponentsAsync();
        stroom.Gewijzigd();

        Assert.True(lijst.PageClosed.IsCancellationRequested);
        await Task.Delay(Rust, Xunit.TestContext.Current.CancellationToken);
        Assert.Equal(2, lijst.Gelezen);
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

        private TaskCompletionSource? poort;

        /// <summary>The next reads wait until the test opens the returned gate.</summary>
        public TaskCompletionSource Houd() => poort = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        public async Task<LeesUitkomst> LeesAsync(CancellationToken pageClosed)
        {
            PageClosed = pageClosed;
            Interlocked.Increment(ref gelezen);
            if (poort is { } wacht) await wacht.Task;
            return Fout is { } fout ? throw fout : Uitkomst;
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
