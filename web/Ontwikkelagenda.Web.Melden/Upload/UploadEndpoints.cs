namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>The templates as plain downloads (<c>melden/sjablonen/thuiszitters.csv</c>): a real link, no script needed.</summary>
public static class UploadEndpoints
{
    public static IEndpointRouteBuilder MapMeldenSjablonen(this IEndpointRouteBuilder app)
    {
        app.MapGet("/melden/sjablonen/{code}.csv", (string code, IEnumerable<IUploadSoort> soorten) =>
            soorten.FirstOrDefault(s => s.Code == code) is { } soort
                ? Results.File(UploadSjabloon.Bytes(soort), "text/csv; charset=utf-8", UploadSjabloon.Bestandsnaam(soort))
                : Results.NotFound())
            // An empty template holds no data: a link to it works before signing in too.
            .AllowAnonymous();
        return app;
    }
}
