using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Extensions.Hosting;

namespace Ontwikkelagenda.ServiceDefaults.NlApi;

/// <summary>
/// Fills every problem the framework writes (status pages, unhandled exceptions) so that it always has
/// status, title and detail, in Dutch, and never exception details.
/// </summary>
public static class NlProblemDetails
{
    public static void Customize(ProblemDetailsContext context)
    {
        var problem = context.ProblemDetails;
        var status = problem.Status ?? context.HttpContext.Response.StatusCode;
        problem.Status = status;

        if (context.Exception is not null)
        {
            problem.Extensions.Remove("exception");
            problem.Title = NlApiExtensions.DutchTitle(status);
            problem.Detail = status switch
            {
                StatusCodes.Status503ServiceUnavailable => "Een onderliggende dienst is tijdelijk niet bereikbaar. Probeer het later opnieuw.",
                StatusCodes.Status413PayloadTooLarge => "Het verzoek is groter dan deze API aanneemt.",
                StatusCodes.Status415UnsupportedMediaType => "Stuur de gegevens als application/json.",
                >= 500 => "Er is een onverwachte fout opgetreden. Probeer het later opnieuw.",
                _ => "Het verzoek kon niet worden verwerkt; controleer de invoer.",
            };
        }
        if (problem.Title is null || problem.Title == ReasonPhrases.GetReasonPhrase(status))
        {
            problem.Title = NlApiExtensions.DutchTitle(status);
        }
        problem.Detail ??= status switch
        {
            StatusCodes.Status404NotFound => "De gevraagde resource bestaat niet.",
            StatusCodes.Status405MethodNotAllowed => "Deze methode is niet toegestaan op deze resource.",
            StatusCodes.Status415UnsupportedMediaType => "Stuur de gegevens als application/json.",
            _ => problem.Title,
        };
    }
}
