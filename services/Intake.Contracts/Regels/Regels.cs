namespace Intake.Contracts.Regels;

/// <summary>The sender's own UUID for the melding, the key of idempotency.</summary>
public sealed class MeldingIdAttribute : VeldregelAttribute;

/// <summary>A UUID (not the empty one) naming something else; <see cref="Reden"/> says what it is when it is not.</summary>
public sealed class UuidAttribute(string reden) : VeldregelAttribute
{
    public string Reden { get; } = reden;
}

/// <summary>A text on one line, trimmed, of at most <see cref="MaxLengte"/> characters when that is set.</summary>
public sealed class TekstAttribute : VeldregelAttribute
{
    public int MaxLengte { get; set; }
}

/// <summary>Free text a partner writes, shown and exported elsewhere: no formula start, at most <see cref="MaxLengte"/> characters.</summary>
public sealed class VrijeTekstAttribute(int maxLengte) : VeldregelAttribute
{
    public int MaxLengte { get; } = maxLengte;

    /// <summary>Line ends and tabs are allowed (an explanation may have paragraphs).</summary>
    public bool MeerRegels { get; set; }
}

/// <summary>A calendar date JJJJ-MM-DD, in the past unless <see cref="ToekomstToegestaan"/>; <see cref="Label"/> opens its messages.</summary>
public sealed class DatumAttribute(string label) : VeldregelAttribute
{
    public string Label { get; } = label;

    public bool ToekomstToegestaan { get; set; }
}

/// <summary>One of the JSON names of enum <see cref="Keuzes"/>; <see cref="Label"/> opens its message.</summary>
public sealed class KeuzeAttribute(Type keuzes, string label) : VeldregelAttribute
{
    public Type Keuzes { get; } = keuzes;

    public string Label { get; } = label;
}

/// <summary>true or false.</summary>
public sealed class JaNeeAttribute : VeldregelAttribute;

/// <summary>A whole number, from <see cref="Min"/> to <see cref="Max"/> when they are set.</summary>
public sealed class GetalAttribute : VeldregelAttribute
{
    public int Min { get; set; } = int.MinValue;

    public int Max { get; set; } = int.MaxValue;
}

/// <summary>A pseudonymous case reference, never a BSN.</summary>
public sealed class ReferentieAttribute : VeldregelAttribute;

/// <summary>A well-formed BRIN, in the register or not (a case may concern a school outside the region).</summary>
public sealed class BrinAttribute : VeldregelAttribute;

/// <summary>A BRIN of a school in the region's register.</summary>
public sealed class SchoolAttribute : VeldregelAttribute;

/// <summary>A list of BRINs of schools in the region's register, each once.</summary>
public sealed class ScholenAttribute : VeldregelAttribute;

/// <summary>A CBS municipality code; one of the region's unless <see cref="AlleenRegio"/> is false.</summary>
public sealed class GemeenteAttribute : VeldregelAttribute
{
    public bool AlleenRegio { get; set; } = true;

    /// <summary>A second reason for a municipality outside the region: what to do instead.</summary>
    public string? BuitenRegio { get; set; }
}

/// <summary>Who closed a contract: a municipality of the region by its CBS code, or <c>subregio</c> for all four.</summary>
public sealed class ContractantAttribute : VeldregelAttribute;

/// <summary>A Dutch KvK number: eight digits.</summary>
public sealed class KvkNummerAttribute : VeldregelAttribute;

/// <summary>A nested object: a record whose own properties declare their rules; its errors are named <c>veld.naam</c>.</summary>
public sealed class ObjectAttribute : VeldregelAttribute;
