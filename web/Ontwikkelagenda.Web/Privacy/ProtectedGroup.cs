namespace Ontwikkelagenda.Web.Privacy;

/// <summary>The protected counts of the parts of a total, in the parts' order, and of the total.</summary>
public sealed record ProtectedGroup(IReadOnlyList<ProtectedValue> Parts, ProtectedValue Total);
