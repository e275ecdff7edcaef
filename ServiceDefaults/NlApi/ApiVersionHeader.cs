namespace Ontwikkelagenda.ServiceDefaults.NlApi;

/// <summary>The response header that carries the API's full version (ADR /core/version-header).</summary>
public static class ApiVersionHeader
{
    public const string Name = "API-Version";
}
