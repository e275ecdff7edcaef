using Ontwikkelagenda.Contracts.Register;

namespace Agenda.Api.Kpis;

/// <summary>The kind of school as the register and the API write it.</summary>
public static class SchoolSoortNaam
{
    public static string Of(SchoolSoort soort) => soort switch
    {
        SchoolSoort.Bao => "BAO",
        SchoolSoort.Sbo => "SBO",
        SchoolSoort.So => "SO",
        SchoolSoort.Vso => "VSO",
        SchoolSoort.Vo => "VO",
        SchoolSoort.Pro => "PrO",
        _ => soort.ToString(),
    };
}
