using Leerplicht.Api;
using Leerplicht.Api.Thuiszitters;
using Ontwikkelagenda.Intake.Audit;
using Ontwikkelagenda.ServiceDefaults;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNlApiConventions("Leerplicht API", "Intake van thuiszittersmeldingen van de leerplichtbureaus van regio 22.01.");
builder.AddToegang("leerplicht-api");
builder.AddLeerplichtServices();

var app = builder.Build();

app.UseNlApiConventions();
app.UseAudittrail();
app.UseToegang();
app.UseRateLimiter();
app.MapNlOpenApi();
app.MapDefaultEndpoints();
app.MapAuditApi();
app.MapThuiszittersApi();

app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
