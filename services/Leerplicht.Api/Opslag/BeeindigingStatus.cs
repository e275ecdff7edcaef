namespace Leerplicht.Api.Opslag;

public enum BeeindigingStatus
{
    Vastgelegd,
    ZaakOnbekend,
    AlBeeindigd,
    Ingetrokken,
}
