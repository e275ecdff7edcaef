using Agenda.Silo;
using Ontwikkelagenda.ServiceDefaults;

var builder = WebApplication.CreateBuilder(args);

builder.AddServiceDefaults();
builder.AddAgendaSilo();

var app = builder.Build();

app.MapDefaultEndpoints();

app.Run();
