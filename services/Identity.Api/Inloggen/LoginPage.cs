using Identity.Api.Accounts;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;

namespace Identity.Api.Inloggen;

/// <summary>The login form the authorize endpoint sends a browser to, and its post.</summary>
public static class LoginPage
{
    public const string Path = "/inloggen";

    /// <summary>Said for an unknown user name as for a wrong password, so the page never tells whether an account exists.</summary>
    public const string OnjuistMelding = "De gebruikersnaam of het wachtwoord is onjuist.";

    public const string GeblokkeerdMelding = "Dit account is tijdelijk geblokkeerd na te veel mislukte pogingen. Probeer het later opnieuw.";

    public static void MapLoginPage(this WebApplication app)
    {
        app.MapGet(Path, Show);
        app.MapPost(Path, Post).RequireRateLimiting(RateLimits.Login);
    }

    private static IResult Show(HttpContext context, IAntiforgery antiforgery, [FromQuery] string? returnUrl) =>
        Form(context, antiforgery, returnUrl, gebruikersnaam: null, fout: null, StatusCodes.Status200OK);

    private static async Task<IResult> Post(HttpContext context, IAntiforgery antiforgery, SignInManager<Account> signIn, [FromForm] LoginForm form)
    {
        var account = string.IsNullOrEmpty(form.Gebruikersnaam) ? null : await signIn.UserManager.FindByNameAsync(form.Gebruikersnaam);
        var result = account is null
            ? Microsoft.AspNetCore.Identity.SignInResult.Failed
            : await signIn.PasswordSignInAsync(account, form.Wachtwoord ?? "", isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            return Results.LocalRedirect(IsLocal(form.ReturnUrl) ? form.ReturnUrl! : "/");
        }

        var fout = result.IsLockedOut ? GeblokkeerdMelding : OnjuistMelding;
        return Form(context, antiforgery, form.ReturnUrl, form.Gebruikersnaam, fout, StatusCodes.Status400BadRequest);
    }

    private static IResult Form(HttpContext context, IAntiforgery antiforgery, string? returnUrl, string? gebruikersnaam, string? fout, int status)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        var melding = fout is null ? "" : $"""<p class="fout" role="alert" id="fout">{Pagina.Tekst(fout)}</p>""";
        var beschrijving = fout is null ? "" : """ aria-describedby="fout" """;
        return Pagina.Html("Inloggen", $"""
            {melding}
            <form method="post" action="{Path}">
              <input type="hidden" name="{tokens.FormFieldName}" value="{Pagina.Tekst(tokens.RequestToken)}">
              <input type="hidden" name="returnUrl" value="{Pagina.Tekst(IsLocal(returnUrl) ? returnUrl : "/")}">
              <label for="gebruikersnaam">Gebruikersnaam</label>
              <input id="gebruikersnaam" name="gebruikersnaam" autocomplete="username" required autofocus value="{Pagina.Tekst(gebruikersnaam)}"{beschrijving}>
              <label for="wachtwoord">Wachtwoord</label>
              <input id="wachtwoord" name="wachtwoord" type="password" autocomplete="current-password" required{beschrijving}>
              <button type="submit">Inloggen</button>
            </form>
            """, status);
    }

    /// <summary>Only a path on this server: a login page must never send a browser on to someone else's site.</summary>
    private static bool IsLocal(string? url) =>
        url is { Length: > 0 } && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\'));

    public sealed record LoginForm(string? Gebruikersnaam, string? Wachtwoord, string? ReturnUrl);
}
