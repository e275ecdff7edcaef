using Ontwikkelagenda.Contracts.Events;

namespace Agenda.Domein.Tests.Landelijk;

/// <summary>The municipality and school a generated event names, where it names them.</summary>
internal static class EventPlaats
{
    public static (string? Gemeente, string? Brin) Van(IAgendaEvent e) => e switch
    {
        ThuiszitterGemeld t => (t.Gemeente.Value, t.Brin?.Value),
        ThuiszitterBeeindigd t => (t.Gemeente.Value, t.Brin?.Value),
        TrajectGestart t => (null, t.Brin.Value),
        EedVerwijzingGemeld v => (null, v.Brin.Value),
        ContractGesloten c => (c.Contractant.Gemeente?.Value, null),
        _ => (null, null),
    };
}
