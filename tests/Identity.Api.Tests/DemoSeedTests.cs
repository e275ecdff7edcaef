namespace Identity.Api.Tests;

/// <summary>The demo accounts are seeded once: a second start on the same database adds nothing and writes no new list.</summary>
public sealed class DemoSeedTests(IdentityApiFixture fixture)
{
    [Fact]
    [System.Runtime.Versioning.SupportedOSPlatform("linux")]
    public async Task A_second_start_adds_nothing_and_leaves_the_list_as_it_was()
    {
        var list = Path.Combine(fixture.DataDir, "demo-accounts.txt");
        var text = await File.ReadAllTextAsync(list, TestContext.Current.CancellationToken);
        var written = File.GetLastWriteTimeUtc(list);
        var accounts = await fixture.CountAsync("SELECT count(*) FROM identity.\"AspNetUsers\"");
        var clients = await fixture.CountAsync("SELECT count(*) FROM identity.\"OpenIddictApplications\"");

        await using (var second = fixture.Host())
        {
            using var _ = second.CreateClient();
        }

        Assert.Equal(9, await fixture.CountAsync("SELECT count(*) FROM identity.\"AspNetUsers\" WHERE \"Demo\""));
        Assert.Equal(accounts, await fixture.CountAsync("SELECT count(*) FROM identity.\"AspNetUsers\""));
        Assert.Equal(clients, await fixture.CountAsync("SELECT count(*) FROM identity.\"OpenIddictApplications\""));
        Assert.Equal(text, await File.ReadAllTextAsync(list, TestContext.Current.CancellationToken));
        Assert.Equal(written, File.GetLastWriteTimeUtc(list));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(list));
    }
}
