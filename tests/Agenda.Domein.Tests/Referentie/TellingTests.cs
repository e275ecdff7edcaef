using static Agenda.Domein.Tests.Maak;
using static Agenda.Domein.Tests.TestRegister;

namespace Agenda.Domein.Tests.Referentie;

/// <summary>Counts come from the telling of the school year holding the peildatum, else the latest earlier, else the earliest.</summary>
public class TellingTests
{
    [Theory]
    [InlineData("2025-07-31", 5000)]
    [InlineData("2025-08-01", 5270)]
    [InlineData("2030-01-01", 5270)] // no later telling: the latest earlier one
    [InlineData("2020-01-01", 5000)] // before every telling: the earliest
    public void Young_people_come_from_the_school_year_holding_the_peildatum(string peildatum, int jongeren)
    {
        Assert.Equal(jongeren, Register.JongerenIn(Tynaarlo, D(peildatum)));
    }

    [Fact]
    public void Pupils_per_school_SWV_and_the_region_follow_the_school_year()
    {
        Assert.Equal(280, Register.LeerlingenVan(BaoTynaarlo, D("2025-07-31")));
        Assert.Equal(300, Register.LeerlingenVan(BaoTynaarlo, D("2025-08-01")));
        Assert.Equal(700, Register.LeerlingenVanSwv("PO2201", D("2025-08-01")));
        Assert.Equal(5270 + 10000 + 2000 + 3000, Register.JongerenInRegio(D("2025-08-01")));
    }

    [Fact]
    public void Unknown_municipalities_schools_and_SWVs_have_no_denominator()
    {
        Assert.Null(Register.JongerenIn("GM0014", D("2025-08-01")));
        Assert.Null(Register.LeerlingenVan("99ZZ", D("2025-08-01")));
        Assert.Null(Register.LeerlingenVanSwv("XX0000", D("2025-08-01")));
    }

    [Fact]
    public void The_register_records_carry_the_counts_and_school_year_of_the_peildatum()
    {
        var tynaarlo = Register.GemeentenOp(D("2025-07-31")).Single(g => g.Code == Tynaarlo);
        var school = Register.ScholenOp(D("2025-08-01")).Single(s => s.Brin == BaoTynaarlo);

        Assert.Equal((5000, "2024-2025"), (tynaarlo.Jongeren5Tot18, tynaarlo.Schooljaar));
        Assert.Equal((300, "PO2201", Tynaarlo), (school.Leerlingen, school.Swv, school.Gemeente));
        Assert.Equal(5270, Register.Gemeente(Tynaarlo)!.Jongeren5Tot18); // without a peildatum: the latest telling
        Assert.Null(Register.School("99ZZ"));
    }
}
