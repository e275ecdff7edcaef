using Ontwikkelagenda.TestSupport.Rechtenmatrix;

namespace Leerplicht.Api.Tests;

/// <summary>
/// Issue 11's rights over every endpoint of Leerplicht.Api: each endpoint the host serves has a row in
/// <see cref="LeerplichtRechtenmatrix"/>, and every role for its own and another municipality, and no token, gets what
/// the row says (through, 403 or 401).
/// </summary>
public sealed class RechtenmatrixTests(LeerplichtApiFixture fixture) : IClassFixture<LeerplichtApiFixture>
{
    private static Matrix<LeerplichtApiFixture> Matrix => LeerplichtRechtenmatrix.Matrix;

    public static TheoryData<string> Eindpunten => [.. Matrix.Eindpunten];

    [Fact]
    public void Every_endpoint_of_the_service_has_a_row_and_every_row_an_endpoint()
    {
        var verschillen = Matrix.Verschillen(Eindpunt.VanHost(fixture.Services));
        Assert.True(verschillen.Count == 0, Afwijkingen.Tekst(verschillen));
    }

    [Theory]
    [MemberData(nameof(Eindpunten))]
    public async Task Every_role_for_its_own_and_another_municipality_and_no_token_gets_what_the_table_says(string eindpunt)
    {
        var afwijkingen = await Matrix.ToetsAsync(eindpunt, fixture, fixture.Anoniem, TestContext.Current.CancellationToken);
        Assert.True(afwijkingen.Count == 0, Afwijkingen.Tekst(afwijkingen));
    }
}
