using Ondersteuning.Api;
using Ondersteuning.Api.ComplexeCasussen;
using Ondersteuning.Api.EedVerwijzingen;
using Ondersteuning.Api.Trajecten;
using Ondersteuning.Api.Voortgang;
using Ontwikkelagenda.Intake.Audit;
using Ontwikkelagenda.ServiceDefaults;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNlApiConventions("Ondersteuning API",
    "Intake van trajecten op scholen, EED-verwijzingen, complexe casussen met hun casusregisseur en voortgangsrapportages op de agendadoelen van regio 22.01.");
builder.AddToegang("ondersteuning-api");
builder.AddOndersteuningServices();

var app = builder.Build();

app.UseNlApiConventions();
app.UseAudittrail();
app.UseToegang();
app.UseRateLimiter();
app.MapNlOpenApi();
app.MapDefaultEndpoints();
app.MapAuditApi();
app.MapTrajectenApi();
app.MapEedVerwijzingenApi();
app.MapComplexeCasussenApi();
app.MapVoortgangsrapportagesApi();

app.Run();

/// <summary>Visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
