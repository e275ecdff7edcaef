using System.Text.Encodings.Web;

namespace Identity.Api.Inloggen;

/// <summary>The one HTML frame of the login and logout pages: Dutch, labelled fields, usable with the keyboard alone.</summary>
public static class Pagina
{
    public static IResult Html(string titel, string inhoud, int status = StatusCodes.Status200OK) => Results.Content(
        $$"""
        <!DOCTYPE html>
        <html lang="nl">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>{{Tekst(titel)}} – Ontwikkelagenda</title>
          <style>
            body { font-family: system-ui, sans-serif; max-width: 26rem; margin: 4rem auto; padding: 0 1rem; color: #1a1a1a; }
            label { display: block; margin-top: 1rem; font-weight: 600; }
            input { width: 100%; padding: .5rem; font-size: 1rem; box-sizing: border-box; }
            button { margin-top: 1.5rem; padding: .6rem 1.2rem; font-size: 1rem; }
            :focus-visible { outline: 3px solid #0b5cad; outline-offset: 2px; }
            .fout { color: #a30000; border-left: 4px solid #a30000; padding-left: .75rem; }
          </style>
        </head>
        <body>
          <main>
            <h1>{{Tekst(titel)}}</h1>
            {{inhoud}}
          </main>
        </body>
        </html>
        """,
        "text/html; charset=utf-8",
        statusCode: status);

    public static string Tekst(string? waarde) => HtmlEncoder.Default.Encode(waarde ?? "");
}
