using Microsoft.AspNetCore.Antiforgery;

namespace Identity.Api.Inloggen;

/// <summary>The logout page of the end-session endpoint: a button, so that a link elsewhere cannot sign anyone out.</summary>
public static class LogoutPage
{
    public static IResult Show(HttpContext context, IAntiforgery antiforgery)
    {
        var tokens = antiforgery.GetAndStoreTokens(context);
        // The request's own parameters (post_logout_redirect_uri, state, id_token_hint) go along with the post.
        var parameters = string.Concat(context.Request.Query.Select(p =>
            $"""<input type="hidden" name="{Pagina.Tekst(p.Key)}" value="{Pagina.Tekst(p.Value)}">"""));
        return Pagina.Html("Uitloggen", $"""
            <p>Wilt u uitloggen?</p>
            <form method="post">
              <input type="hidden" name="{tokens.FormFieldName}" value="{Pagina.Tekst(tokens.RequestToken)}">
              {parameters}
              <button type="submit">Uitloggen</button>
            </form>
            """);
    }
}
