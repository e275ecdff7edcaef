using Ontwikkelagenda.Web;
using Ontwikkelagenda.Web.Aanmelden;
using Ontwikkelagenda.Web.Melden;
using Ontwikkelagenda.Web.Melden.Upload;
using Ontwikkelagenda.Web.Components;
using Ontwikkelagenda.ServiceDefaults;
using Ontwikkelagenda.ServiceDefaults.Security;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddWebComponents();
builder.AddAanmelden();
builder.AddAgendaApiClient();
builder.AddIntakeClients();

var app = builder.Build();

app.UseSecurityHeaders(SecurityHeaders.WebContentSecurityPolicy(app.IdentityService()));
app.UseDutchCulture();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/fout", createScopeForErrors: true);
}
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapStaticAssets().AllowAnonymous();
app.MapAanmelden();
app.MapMeldenSjablonen();
// The intake forms are their own Razor library; its pages are routed like the host's.
app.MapRazorComponents<App>().AddInteractiveServerRenderMode().AddAdditionalAssemblies(typeof(MeldenRegister).Assembly);
app.MapDefaultEndpoints();

app.Run();
