namespace Ondersteuning.Api.Opslag;

public enum VervolgStatus
{
    /// <summary>The new melding was stored.</summary>
    Opgeslagen,

    /// <summary>A melding with this id was stored earlier: answer as then.</summary>
    Herhaald,

    /// <summary>No entity of this kind with this id.</summary>
    Onbekend,

    /// <summary>The decision refused the melding (validation error or conflict); nothing stored.</summary>
    Geweigerd,
}
