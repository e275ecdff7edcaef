using System.Net;

namespace Ontwikkelagenda.TestSupport.Rechtenmatrix;

/// <summary>
/// Who an endpoint lets through, as a row of issue 11's table: the cells named here get past authorization, every
/// other role gets 403 and a request without a token 401, unless the endpoint is anonymous.
/// </summary>
public sealed class Toegang
{
    private readonly Func<Cel, bool> laatDoor;

    private Toegang(string beschrijving, bool anoniem, Func<Cel, bool> laatDoor)
    {
        Beschrijving = beschrijving;
        IsAnoniem = anoniem;
        this.laatDoor = laatDoor;
    }

    public string Beschrijving { get; }

    public bool IsAnoniem { get; }

    /// <summary>Everyone, also without a token (health, metrics, the OpenAPI document, the sign-in pages).</summary>
    public static Toegang Anoniem { get; } = new("anoniem", true, _ => true);

    /// <summary>Every valid token, whatever its role.</summary>
    public static Toegang ElkToken { get; } = new("elk geldig token", false, cel => cel.Rol is not null);

    /// <summary>Only these roles, for their own organisation and for another (a list without an organisation).</summary>
    public static Toegang Rollen(params string[] rollen) =>
        new($"rollen {string.Join(", ", rollen)}", false, cel => cel.Rol is not null && rollen.Contains(cel.Rol, StringComparer.Ordinal));

    /// <summary>Only these roles and only for their own organisation (a case, a melding or a list of one organisation).</summary>
    public static Toegang AlleenEigen(params string[] rollen) =>
        new($"alleen eigen organisatie: {string.Join(", ", rollen)}", false,
            cel => cel.Kant == Kant.Eigen && cel.Rol is not null && rollen.Contains(cel.Rol, StringComparer.Ordinal));

    /// <summary>What <paramref name="cel"/> must get: null when it gets through (any answer but 401 and 403), else 401 or 403.</summary>
    public HttpStatusCode? Weigering(Cel cel) =>
        laatDoor(cel) ? null : cel.Rol is null ? HttpStatusCode.Unauthorized : HttpStatusCode.Forbidden;

    public override string ToString() => Beschrijving;
}
