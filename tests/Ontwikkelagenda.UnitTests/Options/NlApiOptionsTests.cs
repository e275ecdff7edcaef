using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ontwikkelagenda.UnitTests.Options;

public class NlApiOptionsTests
{
    [Fact]
    public async Task A_version_without_minor_and_patch_is_refused_at_start()
    {
        var error = await StartupValidation.RefusedAtStart("NlApi:Version", "1", builder => builder.AddNlApiConventions("Test API"));
        Assert.Equal("NlApi:Version moet een volledige versie zijn, zoals 1.0.0.", error.Message);
    }

    [Fact]
    public async Task A_relative_contact_url_is_refused_at_start()
    {
        var error = await StartupValidation.RefusedAtStart("NlApi:ContactUrl", "/contact", builder => builder.AddNlApiConventions("Test API"));
        Assert.Equal("NlApi:ContactUrl moet een absolute http(s)-URL zijn.", error.Message);
    }
}
