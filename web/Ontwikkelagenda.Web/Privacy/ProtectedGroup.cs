using Agenda.Api.Client;

namespace Ontwikkelagenda.Web.Privacy;

/// <summary>The protected counts of the parts of a total, in the parts' order, and of the total.</summary>
public sealed record ProtectedGroup(IReadOnlyList<Cijfer> Parts, Cijfer Total);
