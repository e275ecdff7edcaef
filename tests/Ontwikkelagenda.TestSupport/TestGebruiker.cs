using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.TestSupport;

/// <summary>Who a test calls as: one role in one organisation, as an account of the identity service would be.</summary>
public sealed record TestGebruiker(string Rol, string OrganisatieSoort, string OrganisatieCode)
{
    public static TestGebruiker Leerplicht(string gemeente) => new(Rollen.Leerplichtambtenaar, OrganisatieSoorten.Gemeente, gemeente);

    public static TestGebruiker School(string brin) => new(Rollen.Schoolmedewerker, OrganisatieSoorten.School, brin);

    public static TestGebruiker Swv(string code) => new(Rollen.Schoolmedewerker, OrganisatieSoorten.Swv, code);

    public static TestGebruiker Inkoper(string soort, string code) => new(Rollen.Inkoper, soort, code);

    public static TestGebruiker Oogo(string soort, string code) => new(Rollen.OogoPartner, soort, code);

    public static TestGebruiker Wethouder(string gemeente) => new(Rollen.Wethouder, OrganisatieSoorten.Gemeente, gemeente);

    public static TestGebruiker Beheer { get; } = new(Rollen.Beheer, OrganisatieSoorten.Beheer, "ontwikkelagenda");

    public static TestGebruiker Functionaris { get; } = new(Rollen.Functionaris, OrganisatieSoorten.Beheer, "ontwikkelagenda");

    /// <summary>The functionaris gegevensbescherming of an organisation that keeps case data.</summary>
    public static TestGebruiker FunctionarisVan(string soort, string code) => new(Rollen.Functionaris, soort, code);

    /// <summary>An operator of another operations team than <see cref="Beheer"/>, for the rights matrix's other organisation.</summary>
    public static TestGebruiker AnderBeheer { get; } = new(Rollen.Beheer, OrganisatieSoorten.Beheer, "ander-beheer");

    /// <summary>The <c>sub</c> of this user's tokens, as the audit trail records it.</summary>
    public string Subject => $"test-{Rol}-{OrganisatieCode}";

    public override string ToString() => $"{Rol} ({OrganisatieSoort} {OrganisatieCode})";
}
