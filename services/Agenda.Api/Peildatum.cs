using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Agenda.Api;

/// <summary>The optional <c>peildatum</c> query: a date, today in Europe/Amsterdam when absent.</summary>
public static class Peildatum
{
    public const string QueryName = "peildatum";

    public static bool TryResolve(string? text, TimeProvider time, out DateOnly peildatum, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        var errors = new Dictionary<string, string[]>();
        peildatum = Resolve(text, time, errors);
        problem = errors.Count > 0 ? NlProblems.Validation(errors) : null;
        return problem is null;
    }

    /// <summary>Today when absent; a wrong value is added to <paramref name="errors"/> (the caller collects every wrong field).</summary>
    public static DateOnly Resolve(string? text, TimeProvider time, IDictionary<string, string[]> errors) =>
        QueryDate.Parse(QueryName, text, errors) ?? time.Today();
}
