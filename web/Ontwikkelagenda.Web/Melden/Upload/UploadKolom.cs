namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>A column of an upload template: the JSON field name it fills, whether it is required, whether it holds a date.</summary>
public sealed record UploadKolom(string Naam, string Omschrijving, bool Verplicht = true, bool IsDatum = false);
