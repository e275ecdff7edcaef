using Microsoft.AspNetCore.Identity;

namespace Identity.Api.Accounts;

/// <summary>A person's account: ASP.NET Core Identity's user with the one organisation it belongs to.</summary>
public sealed class Account : IdentityUser
{
    /// <summary>The name shown to the person and put in the <c>name</c> claim.</summary>
    public required string Naam { get; set; }

    public required string OrganisatieSoort { get; set; }

    public required string OrganisatieCode { get; set; }

    /// <summary>Seeded by <c>Identity:Demo</c>: never a real person.</summary>
    public bool Demo { get; set; }

    public Organisatie Organisatie => new(OrganisatieSoort, OrganisatieCode);
}
