using Agenda.Api;
using Agenda.Api.Benchmarks;
using Agenda.Api.Doelen;
using Agenda.Api.Gemeenten;
using Agenda.Api.Inkoop;
using Agenda.Api.Live;
using Agenda.Api.Oogo;
using Agenda.Api.Rapportcijfers;
using Agenda.Api.Regio;
using Agenda.Api.Samenwerkingsverbanden;
using Agenda.Api.Scholen;
using Ontwikkelagenda.ServiceDefaults;
using Ontwikkelagenda.ServiceDefaults.NlApi;
using Ontwikkelagenda.ServiceDefaults.Toegang;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddNlApiConventions("Agenda API", "Overzichten van de Ontwikkelagenda van regio 22.01: alle KPI's en doelen per gemeente, samenwerkingsverband, school en regio, de inkoopvergelijking, de historie per doel, de wijzigingen tussen OOGO-overleggen en de vergelijking met Drenthe en Nederland. Blijf live met GET /wijzigingen (Server-Sent Events): lees opnieuw wanneer die een wijziging meldt, in plaats van steeds opnieuw te vragen.");
builder.AddToegang("agenda-api");
builder.AddAgendaServices();

var app = builder.Build();

app.UseNlApiConventions();
app.UseToegang();
app.MapNlOpenApi();
app.MapDefaultEndpoints();
// The overviews are read by everyone who works with the agenda (not operations, not the DPO); the regional overview
// by anyone when the partners choose to publish it.
app.MapRegioOverzichtApi(openbaar: app.Configuration.GetValue<bool>(RegioOverzichtApi.OpenbaarInstelling));
var overzichten = app.MapGroup("").RequireAuthorization(Rechten.Overzicht);
overzichten.MapGemeentenApi();
overzichten.MapSamenwerkingsverbandenApi();
overzichten.MapScholenApi();
overzichten.MapInkoopApi();
overzichten.MapDoelenApi();
overzichten.MapOogoOverleggenApi();
overzichten.MapBenchmarksApi();
overzichten.MapRapportcijfersApi();
// The change stream names only which scopes changed: any valid token for this API (the web's own, too).
app.MapWijzigingenApi();

app.Run();

/// <summary>Visible to integration tests' WebApplicationFactory.</summary>
public partial class Program;
