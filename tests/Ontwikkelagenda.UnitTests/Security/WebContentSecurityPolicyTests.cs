using Ontwikkelagenda.ServiceDefaults.Security;

namespace Ontwikkelagenda.UnitTests.Security;

/// <summary>The web's page policy lets its forms go to the site itself and, for the sign-out's redirect, to the identity service only.</summary>
public sealed class WebContentSecurityPolicyTests
{
    [Fact]
    public void Forms_may_post_to_the_site_and_redirect_to_the_identity_service_s_origin_only()
    {
        var policy = SecurityHeaders.WebContentSecurityPolicy(new Uri("http://127.0.0.1:41234/"));

        Assert.Contains("form-action 'self' http://127.0.0.1:41234;", policy, StringComparison.Ordinal);
        Assert.Contains("script-src 'self';", policy, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_an_identity_service_forms_may_post_to_the_site_only()
    {
        Assert.Contains("form-action 'self';", SecurityHeaders.WebContentSecurityPolicy(null), StringComparison.Ordinal);
    }
}
