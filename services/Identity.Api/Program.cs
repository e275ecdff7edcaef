using Identity.Api;
using Identity.Api.Inloggen;
using Identity.Api.Tokens;
using Ontwikkelagenda.ServiceDefaults;
using Ontwikkelagenda.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddIdentityServices();

var app = builder.Build();

app.UseSecurityHeaders(SecurityHeaders.IdentityContentSecurityPolicy);
// Routing first, so the rate limiter sees which endpoint a request is for before OpenIddict handles it.
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAntiforgery();

app.MapDefaultEndpoints();
app.MapLoginPage();
app.MapConnectEndpoints();

app.Run();

/// <summary>Visible to the tests' WebApplicationFactory.</summary>
public partial class Program;
