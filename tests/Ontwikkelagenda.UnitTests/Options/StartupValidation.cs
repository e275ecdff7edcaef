using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Options;

namespace Ontwikkelagenda.UnitTests.Options;

/// <summary>Registers a service's options with one setting from configuration and returns what starting the host refuses.</summary>
internal static class StartupValidation
{
    public static async Task<OptionsValidationException> RefusedAtStart(string key, string value, Action<WebApplicationBuilder> register)
    {
        var builder = WebApplication.CreateBuilder();
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?> { [key] = value });
        register(builder);
        await using var app = builder.Build();
        return await Assert.ThrowsAsync<OptionsValidationException>(() => app.StartAsync(TestContext.Current.CancellationToken));
    }
}
