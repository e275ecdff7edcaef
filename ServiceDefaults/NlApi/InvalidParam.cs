namespace Ontwikkelagenda.ServiceDefaults.NlApi;

/// <summary>One wrong field of a request, as the ADR's problem details list them.</summary>
public sealed record InvalidParam(string Name, string Reason);
