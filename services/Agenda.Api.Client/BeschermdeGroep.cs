namespace Agenda.Api.Client;

/// <summary>The protected counts of the parts of a total, in the parts' order, and of the total.</summary>
public sealed record BeschermdeGroep(IReadOnlyList<Cijfer> Parts, Cijfer Total)
{
    /// <summary>
    /// Counts of the parts of a total and the total itself: each part 1 to 4 is "&lt;5", and the total is withheld as
    /// soon as any part is (otherwise "total minus the others" gives a part back). With <paramref name="exact"/> (the
    /// caller has case rights for the place) everything is shown.
    /// </summary>
    public static BeschermdeGroep Van(IReadOnlyList<int> parts, int total, bool exact = false)
    {
        if (exact) return new BeschermdeGroep([.. parts.Select(p => Cijfer.Shown(p))], Cijfer.Shown(total));
        var protectedParts = parts.Select(Cijfer.Count).ToList();
        var protectedTotal = protectedParts.Any(p => !p.IsShown)
            ? Cijfer.Withheld(Onderdrukking.Secondary)
            : Cijfer.Count(total);
        return new BeschermdeGroep(protectedParts, protectedTotal);
    }
}
