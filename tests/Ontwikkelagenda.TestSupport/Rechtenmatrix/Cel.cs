using Ontwikkelagenda.ServiceDefaults.Toegang;

namespace Ontwikkelagenda.TestSupport.Rechtenmatrix;

/// <summary>One caller of the matrix: a role acting for its own or another organisation, or no token at all (<see cref="GeenToken"/>).</summary>
public sealed record Cel(string? Rol, Kant Kant)
{
    public static Cel GeenToken { get; } = new(null, Kant.Andere);

    public static Cel Eigen(string rol) => new(rol, Kant.Eigen);

    public static Cel Andere(string rol) => new(rol, Kant.Andere);

    /// <summary>Every role for its own and for another organisation, then no token: the columns of every service's matrix.</summary>
    public static IReadOnlyList<Cel> Alle { get; } =
        [.. Rollen.Alle.SelectMany(rol => new[] { Eigen(rol), Andere(rol) }), GeenToken];

    public override string ToString() => Rol is null ? "geen token" : $"{Rol} ({(Kant == Kant.Eigen ? "eigen" : "andere")} organisatie)";
}
