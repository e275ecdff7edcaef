using Agenda.Api.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Kpis;

/// <summary>A scope's figures spread into the regional overview's rows, which name the municipality or SWV beside them.</summary>
public static class OverzichtSpreiding
{
    public static GemeenteOverzicht ToOverzicht(this ScopeCijfers c, string code, string naam) =>
        new(code, naam, c.Thuiszitters, c.Absoluut, c.LangdurigRelatief, c.Jaartelling, c.Inkoop, c.Eed, c.Regie, c.Trajecten, c.Doelen);

    public static SwvOverzicht ToSwvOverzicht(this ScopeCijfers c, string code, string naam) =>
        new(code, naam, c.Thuiszitters, c.Absoluut, c.LangdurigRelatief, c.Jaartelling, c.Inkoop, c.Eed, c.Regie, c.Trajecten, c.Doelen);
}
