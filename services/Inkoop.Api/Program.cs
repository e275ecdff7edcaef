using Inkoop.Api;
using Inkoop.Api.Aanbieders;
using Inkoop.Api.Contracten;
using Ontwikkelagenda.Intake.Audit;
using Ontwikkelagenda.ServiceDefaults;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNlApiConventions("Inkoop API", "Intake van zorgaanbieders en contracten (jeugdhulp en EED) van de inkopers van regio 22.01.");
builder.AddToegang("inkoop-api");
builder.AddInkoopServices();

var app = builder.Build();

app.UseNlApiConventions();
app.UseAudittrail();
app.UseToegang();
app.UseRateLimiter();
app.MapNlOpenApi();
app.MapDefaultEndpoints();
app.MapAuditApi();
app.MapAanbiedersApi();
app.MapContractenApi();

app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
