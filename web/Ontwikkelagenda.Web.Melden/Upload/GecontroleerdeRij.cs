using Intake.Client;

namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>A checked row: its meldingId (derived from the file) and every error found, locally and by the service.</summary>
public sealed record GecontroleerdeRij(UploadRij Rij, Guid MeldingId, bool IsVoorbeeld, IReadOnlyList<Veldfout> Fouten);
