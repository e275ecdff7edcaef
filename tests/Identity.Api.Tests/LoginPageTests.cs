using System.Net;
using System.Text.Json;

namespace Identity.Api.Tests;

/// <summary>The login page's answers: one Dutch message for a wrong password or an unknown user, lockout, rate limit.</summary>
public sealed class LoginPageTests(IdentityApiFixture fixture)
{
    private const string Onjuist = "De gebruikersnaam of het wachtwoord is onjuist.";
    private const string Geblokkeerd = "Dit account is tijdelijk geblokkeerd";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task The_page_is_dutch_with_labelled_fields()
    {
        using var browser = fixture.Browser();
        var page = await browser.GetStringAsync("/inloggen", Ct);

        Assert.Contains("<html lang=\"nl\">", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"gebruikersnaam\">Gebruikersnaam</label>", page, StringComparison.Ordinal);
        Assert.Contains("<label for=\"wachtwoord\">Wachtwoord</label>", page, StringComparison.Ordinal);
        Assert.Contains("__RequestVerificationToken", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_page_may_not_be_framed_loads_nothing_from_elsewhere_and_is_not_cached()
    {
        using var browser = fixture.Browser();
        using var response = await browser.GetAsync("/inloggen", Ct);

        Assert.Equal("DENY", string.Join(",", response.Headers.GetValues("X-Frame-Options")));
        Assert.Equal("default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'; base-uri 'none'",
            string.Join(",", response.Headers.GetValues("Content-Security-Policy")));
        Assert.True(response.Headers.CacheControl?.NoStore);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused()
    {
        using var browser = fixture.Browser();
        var response = await browser.PostAsync("/inloggen", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["gebruikersnaam"] = "beheer",
            ["wachtwoord"] = fixture.Demo.Geheim("beheer"),
        }), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
    }

    [Fact]
    public async Task A_wrong_password_and_an_unknown_user_get_the_same_dutch_message()
    {
        using var browser = fixture.Browser();

        var wrong = await LoginForm.PostAsync(browser, "oogo.po2201", "fout-wachtwoord-123");
        var unknown = await LoginForm.PostAsync(browser, "bestaat.niet", "fout-wachtwoord-123");

        foreach (var response in new[] { wrong, unknown })
        {
            Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
            Assert.Contains(Onjuist, await response.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task After_five_failures_the_account_is_locked_and_even_the_right_password_fails()
    {
        using var browser = fixture.Browser();
        for (var i = 0; i < 4; i++)
        {
            var failure = await LoginForm.PostAsync(browser, "lpa.tynaarlo", "fout-wachtwoord-123");
            Assert.Contains(Onjuist, await failure.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        var fifth = await LoginForm.PostAsync(browser, "lpa.tynaarlo", "fout-wachtwoord-123");
        Assert.Contains(Geblokkeerd, await fifth.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);

        var right = await LoginForm.PostAsync(browser, "lpa.tynaarlo", fixture.Demo.Geheim("lpa.tynaarlo"));
        Assert.Equal(HttpStatusCode.BadRequest, right.StatusCode);
        Assert.Contains(Geblokkeerd, await right.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Too_many_login_posts_from_one_address_get_429_with_a_dutch_problem()
    {
        await using var strict = fixture.Host(web => web.UseSetting("Identity:LoginPostsPerMinute", "2"));
        using var browser = fixture.Browser(strict);

        await LoginForm.PostAsync(browser, "bestaat.niet", "fout-wachtwoord-123");
        await LoginForm.PostAsync(browser, "bestaat.niet", "fout-wachtwoord-123");
        var third = await LoginForm.PostAsync(browser, "bestaat.niet", "fout-wachtwoord-123");

        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);
        Assert.Equal("application/problem+json", third.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await third.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Te veel verzoeken", problem.RootElement.GetProperty("title").GetString());
    }
}
