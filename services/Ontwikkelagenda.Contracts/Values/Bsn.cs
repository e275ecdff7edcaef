namespace Ontwikkelagenda.Contracts.Values;

/// <summary>Recognises a Dutch citizen service number so that none is ever stored as a reference.</summary>
public static class Bsn
{
    /// <summary>True for exactly nine digits that pass the BSN eleven-test.</summary>
    public static bool LooksLikeBsn(string text)
    {
        if (text.Length != 9 || !text.All(char.IsAsciiDigit)) return false;
        var sum = 0;
        for (var i = 0; i < 8; i++) sum += (9 - i) * (text[i] - '0');
        sum -= text[8] - '0';
        return sum % 11 == 0;
    }
}
