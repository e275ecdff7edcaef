namespace Agenda.Domein.Kpis;

/// <summary>Percentages and medians with the project's rounding (one decimal, half away from zero).</summary>
public static class Aandeel
{
    /// <summary>deel x 100 / geheel, rounded; null when the whole is 0.</summary>
    public static decimal? Procent(decimal deel, decimal geheel) => geheel == 0 ? null : ThuiszitterKpiCalculator.Rond(deel * 100m / geheel);

    /// <summary>The middle value (the mean of the two middle ones for an even count), rounded; null when empty.</summary>
    public static decimal? Mediaan(IEnumerable<int> waarden)
    {
        var gesorteerd = waarden.Order().ToList();
        if (gesorteerd.Count == 0) return null;
        var midden = gesorteerd.Count / 2;
        var mediaan = gesorteerd.Count % 2 == 1 ? gesorteerd[midden] : (gesorteerd[midden - 1] + gesorteerd[midden]) / 2m;
        return ThuiszitterKpiCalculator.Rond(mediaan);
    }
}
