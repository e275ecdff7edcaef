namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>
/// A column of an upload template: the JSON field name it fills, whether it is required, whether it holds a date, and the
/// values it allows when the JSON field is not text (ja or nee for a true or false), so the upload can say what is wrong.
/// </summary>
public sealed record UploadKolom(string Naam, string Omschrijving, bool Verplicht = true, bool IsDatum = false, IReadOnlyList<string>? Waarden = null);
