namespace Ontwikkelagenda.Web.Common.Toegang;

/// <summary>The tokens of a signed-in user as the sign-in cookie holds them, handed to the circuit when it starts.</summary>
public sealed record Aanmelding(string AccessToken, string? RefreshToken, DateTimeOffset VerlooptOm);
