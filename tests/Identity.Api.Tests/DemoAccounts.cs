namespace Identity.Api.Tests;

/// <summary>The passwords and secrets from the demo list the service wrote (<c>demo-accounts.txt</c>).</summary>
public sealed class DemoAccounts(IReadOnlyDictionary<string, string> secrets)
{
    public string this[string name] => secrets[name];

    public static DemoAccounts Read(string path) => new(File.ReadAllLines(path)
        .Where(line => line.Length > 0 && line[0] != '#')
        .Select(line => line.Split("  "))
        .ToDictionary(parts => parts[0], parts => parts[1]));
}
