using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.NlApi;

namespace Agenda.Api;

/// <summary>The optional <c>peildatum</c> query: a date, today in Europe/Amsterdam when absent.</summary>
public static class Peildatum
{
    public const string QueryName = "peildatum";

    public static bool TryResolve(string? text, TimeProvider time, out DateOnly peildatum, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        problem = null;
        if (string.IsNullOrEmpty(text))
        {
            peildatum = time.Today();
            return true;
        }
        if (AmsterdamDate.TryParseIso(text, out peildatum)) return true;
        problem = NlProblems.Validation(QueryName, "De peildatum is een datum in de vorm JJJJ-MM-DD, bijvoorbeeld 2026-01-15.");
        return false;
    }
}
