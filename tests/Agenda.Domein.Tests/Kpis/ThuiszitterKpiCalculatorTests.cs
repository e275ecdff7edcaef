using Agenda.Domein.Kpis;
using Ontwikkelagenda.Contracts.Values;

namespace Agenda.Domein.Tests.Kpis;

public class ThuiszitterKpiCalculatorTests
{
    private static DateOnly D(string iso) => DateOnly.Parse(iso, System.Globalization.CultureInfo.InvariantCulture);

    private static ThuiszitterZaak Zaak(string start, string? eind = null, Uitkomst? uitkomst = null) =>
        new(Guid.NewGuid(), D(start), SoortVerzuim.LangdurigRelatief, eind is null ? null : D(eind), eind is null ? null : uitkomst ?? Uitkomst.TerugNaarSchool);

    private static Ontwikkelagenda.Contracts.Kpis.ThuiszitterCijfers At(string peildatum, int? noemer, params ThuiszitterZaak[] zaken) =>
        ThuiszitterKpiCalculator.Calculate(zaken, D(peildatum), noemer);

    [Fact]
    public void A_case_is_open_from_its_startdatum()
    {
        Assert.Equal(0, At("2025-03-09", 1000, Zaak("2025-03-10")).Open);
        Assert.Equal(1, At("2025-03-10", 1000, Zaak("2025-03-10")).Open);
    }

    [Fact]
    public void A_case_closed_on_the_peildatum_is_no_longer_open()
    {
        Assert.Equal(0, At("2025-04-01", 1000, Zaak("2025-03-10", "2025-04-01")).Open);
    }

    [Fact]
    public void A_case_closed_after_the_peildatum_counts_as_open_and_not_as_closed()
    {
        var kpis = At("2025-04-01", 1000, Zaak("2025-03-10", "2025-04-02"));

        Assert.Equal(1, kpis.Open);
        Assert.Null(kpis.BinnenDrieMaandenOpgelost);
    }

    [Theory]
    [InlineData("2025-01-15", "2025-04-15", 0)]
    [InlineData("2025-01-15", "2025-04-16", 1)]
    [InlineData("2025-01-31", "2025-04-30", 0)]
    [InlineData("2025-01-31", "2025-05-01", 1)]
    public void Longer_than_three_months_starts_the_day_after_start_plus_three_calendar_months(string start, string peildatum, int langer)
    {
        Assert.Equal(langer, At(peildatum, 1000, Zaak(start)).LangerDanDrieMaanden);
    }

    [Theory]
    [InlineData("2023-11-30", "2024-02-29", 0)] // leap year: 30 Nov 2023 + 3 months = 29 Feb 2024
    [InlineData("2023-11-30", "2024-03-01", 1)]
    [InlineData("2022-11-30", "2023-02-28", 0)] // not a leap year: + 3 months = 28 Feb 2023
    [InlineData("2022-11-30", "2023-03-01", 1)]
    public void Three_months_follow_AddMonths_in_leap_and_ordinary_years(string start, string peildatum, int langer)
    {
        Assert.Equal(langer, At(peildatum, 1000, Zaak(start)).LangerDanDrieMaanden);
    }

    [Fact]
    public void A_closed_case_is_not_longer_than_three_months()
    {
        Assert.Equal(0, At("2025-06-01", 1000, Zaak("2025-01-01", "2025-05-15")).LangerDanDrieMaanden);
    }

    [Fact]
    public void A_case_closed_exactly_on_the_three_month_day_is_solved_within_three_months()
    {
        Assert.Equal(100.0m, At("2025-06-01", 1000, Zaak("2025-01-31", "2025-04-30")).BinnenDrieMaandenOpgelost);
    }

    [Fact]
    public void A_case_closed_the_day_after_the_three_month_day_is_not_solved_within_three_months()
    {
        Assert.Equal(0.0m, At("2025-06-01", 1000, Zaak("2025-01-31", "2025-05-01")).BinnenDrieMaandenOpgelost);
    }

    [Fact]
    public void Solved_within_three_months_is_the_share_of_cases_closed_on_or_before_the_peildatum()
    {
        var kpis = At("2025-06-01", 1000,
            Zaak("2025-01-01", "2025-02-01"),
            Zaak("2025-01-01", "2025-05-01"),
            Zaak("2025-01-01", "2025-03-01"),
            Zaak("2025-01-01"));

        Assert.Equal(66.7m, kpis.BinnenDrieMaandenOpgelost);
    }

    [Fact]
    public void An_exemption_ends_a_case_but_never_counts_as_solved()
    {
        var kpis = At("2025-06-01", 1000,
            Zaak("2025-01-01", "2025-02-01", Uitkomst.Vrijstelling),
            Zaak("2025-01-01", "2025-02-01", Uitkomst.TerugNaarSchool));

        Assert.Equal(0, kpis.Open);
        Assert.Equal(50.0m, kpis.BinnenDrieMaandenOpgelost);
    }

    [Fact]
    public void The_share_closed_by_exemption_is_given_next_to_the_solved_share()
    {
        var kpis = At("2025-06-01", 1000,
            Zaak("2025-01-01", "2025-02-01", Uitkomst.Vrijstelling),
            Zaak("2025-01-01", "2025-02-01", Uitkomst.TerugNaarSchool),
            Zaak("2025-01-01", "2025-03-01", Uitkomst.Zorgaanbod),
            Zaak("2025-01-01", "2025-07-01", Uitkomst.Vrijstelling));

        Assert.Equal(33.3m, kpis.AfgeslotenMetVrijstelling);
        Assert.Equal(3, kpis.Afgesloten); // the case closed after the peildatum is still open
    }

    [Fact]
    public void A_peildatum_before_the_first_case_gives_zeros_and_no_solved_share()
    {
        var kpis = At("2024-12-31", 5270, Zaak("2025-01-01"), Zaak("2025-01-02", "2025-01-10"));

        Assert.Equal(0, kpis.Open);
        Assert.Equal(0, kpis.LangerDanDrieMaanden);
        Assert.Equal(0.0m, kpis.PerDuizend);
        Assert.Null(kpis.BinnenDrieMaandenOpgelost);
        Assert.Null(kpis.AfgeslotenMetVrijstelling);
        Assert.Equal(0, kpis.Afgesloten);
    }

    [Fact]
    public void A_case_known_only_by_its_closing_counts_nowhere()
    {
        var kpis = ThuiszitterKpiCalculator.Calculate(
            [new ThuiszitterZaak(Guid.NewGuid(), Einddatum: D("2025-02-01"), Uitkomst: Uitkomst.TerugNaarSchool)], D("2025-06-01"), 1000);

        Assert.Equal(0, kpis.Open);
        Assert.Null(kpis.BinnenDrieMaandenOpgelost);
    }

    [Theory]
    [InlineData(1, "0.2")]
    [InlineData(4, "0.8")]
    [InlineData(78, "14.8")]
    public void Per_thousand_matches_the_Tynaarlo_report_for_5270_young_people(int open, string expected)
    {
        var zaken = Enumerable.Range(0, open).Select(_ => Zaak("2017-01-01")).ToArray();

        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), At("2017-06-01", 5270, zaken).PerDuizend);
    }

    [Fact]
    public void Per_thousand_is_null_without_a_denominator()
    {
        Assert.Null(At("2025-06-01", null, Zaak("2025-01-01")).PerDuizend);
        Assert.Null(At("2025-06-01", 0, Zaak("2025-01-01")).PerDuizend);
    }

    [Theory]
    [InlineData("0.85", "0.9")]
    [InlineData("0.25", "0.3")]
    [InlineData("6.25", "6.3")]
    [InlineData("0.84", "0.8")]
    [InlineData("-0.85", "-0.9")]
    public void Rounding_is_one_decimal_half_away_from_zero(string value, string expected)
    {
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        Assert.Equal(decimal.Parse(expected, culture), ThuiszitterKpiCalculator.Rond(decimal.Parse(value, culture)));
    }

    [Fact]
    public void Per_thousand_rounds_a_half_away_from_zero()
    {
        // 1 * 1000 / 800 = 1.25: banker's rounding would give 1.2.
        Assert.Equal(1.3m, At("2025-06-01", 800, Zaak("2025-01-01")).PerDuizend);
    }

    [Fact]
    public void Solved_share_rounds_a_half_away_from_zero()
    {
        // 1 of 16 = 6.25%: banker's rounding would give 6.2.
        var zaken = Enumerable.Range(0, 16)
            .Select(i => i == 0 ? Zaak("2025-01-01", "2025-02-01") : Zaak("2025-01-01", "2025-05-01"))
            .ToArray();

        Assert.Equal(6.3m, At("2025-06-01", 1000, zaken).BinnenDrieMaandenOpgelost);
    }

    [Fact]
    public void Rates_and_percentages_always_carry_one_decimal()
    {
        var kpis = At("2025-06-01", 1000, Zaak("2025-01-01", "2025-02-01"));
        var culture = System.Globalization.CultureInfo.InvariantCulture;

        Assert.Equal("100.0", kpis.BinnenDrieMaandenOpgelost!.Value.ToString(culture));
        Assert.Equal("0.0", kpis.PerDuizend!.Value.ToString(culture));
    }

    [Fact]
    public void Figures_per_kind_count_only_the_cases_of_that_kind()
    {
        ThuiszitterZaak[] zaken =
        [
            Zaak("2025-01-01"),
            Zaak("2025-01-01") with { Soort = SoortVerzuim.Absoluut },
            Zaak("2025-01-01") with { Soort = SoortVerzuim.Absoluut },
        ];
        var peildatum = D("2025-02-01");

        Assert.Equal(3, ThuiszitterKpiCalculator.Calculate(zaken, peildatum, 1000).Open);
        Assert.Equal(2, ThuiszitterKpiCalculator.Calculate(zaken, peildatum, 1000, SoortVerzuim.Absoluut).Open);
        Assert.Equal(1, ThuiszitterKpiCalculator.Calculate(zaken, peildatum, 1000, SoortVerzuim.LangdurigRelatief).Open);
    }

    // Hand-computed: started 2025-03-01, + 28 days = 2025-03-29. Under four weeks while 29 March > P.
    [Theory]
    [InlineData("2025-03-01", 1)] // day 0
    [InlineData("2025-03-28", 1)] // 27 days: 29 March > 28 March
    [InlineData("2025-03-29", 0)] // exactly 28 days: no longer under four weeks
    [InlineData("2025-03-30", 0)]
    public void Under_four_weeks_ends_exactly_28_days_after_the_startdatum(string peildatum, int korter)
    {
        Assert.Equal(korter, At(peildatum, 1000, Zaak("2025-03-01")).KorterDanVierWeken);
    }

    [Fact]
    public void Open_cases_split_into_under_four_weeks_the_middle_and_longer_than_three_months()
    {
        // P = 2025-06-01. Under four weeks: start after 2025-05-04 (2025-05-04 + 28 = 2025-06-01, not > P).
        // Longer than three months: start + 3 months < P, so start before 2025-03-01.
        var kpis = At("2025-06-01", 1000,
            Zaak("2025-05-20"),               // 12 days: under four weeks
            Zaak("2025-05-05"),               // 27 days: under four weeks
            Zaak("2025-05-04"),               // 28 days: middle
            Zaak("2025-03-01"),               // 3 months exactly on P: middle
            Zaak("2025-02-28"),               // longer than three months
            Zaak("2025-05-25", "2025-05-30"), // closed: in no bucket
            Zaak("2025-06-02"));              // not yet started: in no bucket

        Assert.Equal(5, kpis.Open);
        Assert.Equal(2, kpis.KorterDanVierWeken);
        Assert.Equal(1, kpis.LangerDanDrieMaanden);
    }
}
