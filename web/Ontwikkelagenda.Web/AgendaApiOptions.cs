namespace Ontwikkelagenda.Web;

/// <summary>Where Agenda.Api lives. The default name is resolved by service discovery (services:agenda-api:http:0).</summary>
public sealed class AgendaApiOptions
{
    public const string SectionName = "AgendaApi";

    public Uri BaseAddress { get; set; } = new("http://agenda-api");
}
