namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>A parsed CSV file: the header's column names and the records after it (empty lines left out).</summary>
public sealed record CsvTabel(char Scheidingsteken, IReadOnlyList<string> Kolommen, IReadOnlyList<CsvRij> Rijen);
