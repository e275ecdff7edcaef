using System.Diagnostics.CodeAnalysis;
using Microsoft.AspNetCore.Http.HttpResults;
using Ontwikkelagenda.Contracts.Values;
using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ondersteuning.Api.Validatie;

/// <summary>The <c>?brin=</c> of a school's worklist: given, well formed and in the register, or a 400 naming <c>brin</c>.</summary>
public static class SchoolQuery
{
    public static bool TryRead(string? brin, Schoolregister register, out Brin school, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        school = default;
        problem = string.IsNullOrEmpty(brin)
            ? NlProblems.Validation("brin", "De queryparameter brin is verplicht, bijvoorbeeld ?brin=19SL.")
            : !Brin.TryParse(brin, out school)
                ? NlProblems.Validation("brin", "Het BRIN-nummer bestaat uit twee cijfers en twee hoofdletters, bijvoorbeeld 12AB.")
                : register.School(school) is null
                    ? NlProblems.Validation("brin", $"De school {school} staat niet in het register van regio 22.01.")
                    : null;
        return problem is null;
    }
}
