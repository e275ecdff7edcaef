using System.Security.Cryptography;
using Microsoft.IdentityModel.Tokens;

namespace Identity.Api.Tokens;

/// <summary>
/// An RSA key kept as PEM in the data directory (mode 600), made on the first start: tokens signed before a restart
/// stay valid after it, unlike with a development certificate that is made anew.
/// </summary>
public static class PersistentKey
{
    public static RsaSecurityKey LoadOrCreate(string dataDir, string fileName)
    {
        Directory.CreateDirectory(dataDir);
        var path = Path.Combine(dataDir, fileName);
        var rsa = RSA.Create();
        if (File.Exists(path))
        {
            rsa.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            rsa.KeySize = 2048;
            File.WriteAllText(path, rsa.ExportPkcs8PrivateKeyPem());
            if (!OperatingSystem.IsWindows())
            {
                File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
            }
        }

        // The key id is the key's thumbprint, so it is the same after every restart.
        var key = new RsaSecurityKey(rsa);
        key.KeyId = Base64UrlEncoder.Encode(key.ComputeJwkThumbprint());
        return key;
    }
}
