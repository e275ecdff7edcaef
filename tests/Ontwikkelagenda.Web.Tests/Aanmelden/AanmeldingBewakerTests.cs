using Bunit;
using Bunit.TestDoubles;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Ontwikkelagenda.Web.Common.Toegang;
using Ontwikkelagenda.Web.Components.Layout;

namespace Ontwikkelagenda.Web.Tests.Aanmelden;

/// <summary>The web does not keep working on an ended session: the layout sends the user to sign in, and back to the page.</summary>
public sealed class AanmeldingBewakerTests : BunitContext
{
    [Fact]
    public async Task When_the_refresh_is_refused_the_browser_goes_to_sign_in_again_with_the_page_to_return_to()
    {
        using var tokens = new GebruikersTokens(new Weigerend(), TimeProvider.System);
        tokens.Begin(new Aanmelding("toegang", "vernieuw", DateTimeOffset.UtcNow.AddMinutes(-1)));
        Services.AddSingleton(tokens);
        SetRendererInfo(new RendererInfo("Server", isInteractive: true));
        var navigatie = Services.GetRequiredService<BunitNavigationManager>();
        navigatie.NavigateTo("agenda");
        var bewaker = Render<AanmeldingBewaker>();

        await Assert.ThrowsAsync<AanmeldingVerlopenException>(() => tokens.AccessTokenAsync(Xunit.TestContext.Current.CancellationToken));

        bewaker.WaitForAssertion(() =>
        {
            var laatste = navigatie.History.First();
            Assert.Equal("aanmelden?returnUrl=%2Fagenda", navigatie.ToBaseRelativePath(navigatie.Uri));
            Assert.True(laatste.Options.ForceLoad);
        }, TimeSpan.FromSeconds(5));
    }

    private sealed class Weigerend : ITokenVernieuwing
    {
        public Task<Aanmelding?> VernieuwAsync(string refreshToken, CancellationToken cancellationToken) => Task.FromResult<Aanmelding?>(null);
    }
}
