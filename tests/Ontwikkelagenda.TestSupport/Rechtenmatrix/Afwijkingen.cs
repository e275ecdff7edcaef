namespace Ontwikkelagenda.TestSupport.Rechtenmatrix;

/// <summary>The matrix's differences as one assertion message, every line of them.</summary>
public static class Afwijkingen
{
    public static string Tekst(IReadOnlyList<string> afwijkingen) =>
        $"{afwijkingen.Count} afwijking(en):{Environment.NewLine}{string.Join(Environment.NewLine, afwijkingen)}";
}
