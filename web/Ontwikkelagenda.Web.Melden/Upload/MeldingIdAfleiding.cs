using System.Security.Cryptography;
using System.Text;

namespace Ontwikkelagenda.Web.Melden.Upload;

/// <summary>
/// The meldingId of an uploaded row: a name-based UUID (version 5, RFC 9562) of the file's SHA-256, the kind and the row.
/// The same file uploaded again gives the same ids, and the services answer a known meldingId with the stored answer,
/// so a file is stored once however often it is uploaded.
/// </summary>
public static class MeldingIdAfleiding
{
    /// <summary>The namespace of upload meldingen (a fixed random UUID of this project).</summary>
    public static readonly Guid Naamruimte = new("6f1c2f0e-8a53-4d5b-9a41-3c7e2b9d0a17");

    public static string Vingerafdruk(byte[] bestand) => Convert.ToHexStringLower(SHA256.HashData(bestand));

    public static Guid Voor(string vingerafdruk, string soort, int regel) =>
        Versie5(Naamruimte, $"{vingerafdruk}/{soort}/{regel}");

    /// <summary>RFC 9562 section 5.5: SHA-1 of namespace (network order) and name, with version 5 and the RFC variant.</summary>
    public static Guid Versie5(Guid naamruimte, string naam)
    {
        var invoer = naamruimte.ToByteArray(bigEndian: true).Concat(Encoding.UTF8.GetBytes(naam)).ToArray();
#pragma warning disable CA5350 // SHA-1 is what version 5 prescribes; it names, it does not protect.
        var hash = SHA1.HashData(invoer);
#pragma warning restore CA5350
        var bytes = hash[..16];
        bytes[6] = (byte)((bytes[6] & 0x0F) | 0x50);
        bytes[8] = (byte)((bytes[8] & 0x3F) | 0x80);
        return new Guid(bytes, bigEndian: true);
    }
}
