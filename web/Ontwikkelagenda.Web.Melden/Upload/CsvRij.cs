namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>One record of a CSV file: the line it starts on (the header is line 1, as a spreadsheet numbers rows) and its cells.</summary>
public sealed record CsvRij(int Regel, IReadOnlyList<string> Cellen);
