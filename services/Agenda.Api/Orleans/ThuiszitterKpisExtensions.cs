using Ontwikkelagenda.Agenda.Client;
using Ontwikkelagenda.Contracts.Kpis;

namespace Agenda.Api.Orleans;

public static class ThuiszitterKpisExtensions
{
    public static ThuiszitterCijfers ToCijfers(this ThuiszitterKpis kpis) =>
        new(kpis.Open, kpis.LangerDanDrieMaanden, kpis.PerDuizend, kpis.BinnenDrieMaandenOpgelost,
            kpis.Afgesloten, kpis.AfgeslotenMetVrijstelling);
}
