using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Ontwikkelagenda.ServiceDefaults.NlApi;

/// <summary>
/// The problem+json answers the APIs give, with Dutch titles. A validation problem lists every wrong
/// field twice: as <c>errors</c> (ASP.NET's shape) and as <c>invalidParams</c> (the ADR's shape).
/// </summary>
public static class NlProblems
{
    public static ValidationProblem Validation(IReadOnlyDictionary<string, string[]> errors)
    {
        var invalidParams = errors
            .SelectMany(field => field.Value.Select(reason => new InvalidParam(field.Key, reason)))
            .ToArray();
        return TypedResults.ValidationProblem(
            errors,
            detail: errors.Count == 1
                ? "Eén veld van het verzoek is ongeldig; zie invalidParams."
                : $"{errors.Count} velden van het verzoek zijn ongeldig; zie invalidParams.",
            title: "Ongeldige invoer",
            extensions: new Dictionary<string, object?> { ["invalidParams"] = invalidParams });
    }

    public static ValidationProblem Validation(string field, string reason) =>
        Validation(new Dictionary<string, string[]> { [field] = [reason] });

    public static ProblemHttpResult NotFound(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status404NotFound, title: "Niet gevonden");

    /// <summary>No valid token; the detail says what was wrong with it.</summary>
    public static ProblemHttpResult Unauthorized(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status401Unauthorized, title: "Niet aangemeld");

    /// <summary>A valid token, but not for this organisation's data; the detail says why.</summary>
    public static ProblemHttpResult Forbidden(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status403Forbidden, title: "Geen toegang");

    public static ProblemHttpResult Conflict(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status409Conflict, title: "Conflict");

    public static ProblemHttpResult Unavailable(string detail) =>
        TypedResults.Problem(detail, statusCode: StatusCodes.Status503ServiceUnavailable, title: "Tijdelijk niet beschikbaar");
}
