using Agenda.Api;
using Agenda.Api.Gemeenten;
using Agenda.Api.Regio;
using Agenda.Api.Scholen;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNlApiConventions("Agenda API", "Overzichten van de Ontwikkelagenda van regio 22.01: thuiszitterscijfers per gemeente, samenwerkingsverband, school en regio.");
builder.AddAgendaServices();

var app = builder.Build();

app.UseNlApiConventions();
app.MapNlOpenApi();
app.MapDefaultEndpoints();
app.MapRegioOverzichtApi();
app.MapGemeentenApi();
app.MapScholenApi();

app.Run();

/// <summary>Visible to integration tests' WebApplicationFactory.</summary>
public partial class Program;
