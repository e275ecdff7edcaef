namespace Identity.Api.Accounts;

/// <summary>The organisation an account or a client belongs to: a kind and that kind's code (README.md, "What a token carries").</summary>
public sealed record Organisatie(string Soort, string Code)
{
    public override string ToString() => $"{Soort} {Code}";
}
