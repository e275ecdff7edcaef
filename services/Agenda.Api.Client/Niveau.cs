namespace Agenda.Api.Client;

/// <summary>The levels a goal's history can be asked for (query <c>niveau</c>).</summary>
public static class Niveau
{
    public const string Regio = "regio";
    public const string Gemeente = "gemeente";
    public const string Samenwerkingsverband = "samenwerkingsverband";
    public const string School = "school";

    public static IReadOnlyList<string> All { get; } = [Regio, Gemeente, Samenwerkingsverband, School];
}
