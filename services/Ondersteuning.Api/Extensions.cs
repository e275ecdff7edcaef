using Ondersteuning.Api.ComplexeCasussen;
using Ondersteuning.Api.EedVerwijzingen;
using Ondersteuning.Api.Meldingen;
using Ondersteuning.Api.Trajecten;
using Ondersteuning.Api.Validatie;
using Ondersteuning.Api.Voortgang;
using Ontwikkelagenda.Intake;

namespace Ondersteuning.Api;

public static class Extensions
{
    public const string Schema = "ondersteuning";

    public static IHostApplicationBuilder AddOndersteuningServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton(TimeProvider.System);

        // The register and the agenda are versioned files copied next to the service (data/).
        var data = Path.Combine(AppContext.BaseDirectory, "data");
        builder.Services.AddSingleton(_ => Schoolregister.Load(data));
        builder.Services.AddSingleton(_ => AgendaDoelen.Load(data));

        builder.AddIntake(Schema, connectionName: "ondersteuningdb");

        builder.Services.AddSingleton<MeldingValidator>();
        builder.Services.AddScoped<IntakeFlow>();
        builder.Services.AddScoped<TrajectIntake>();
        builder.Services.AddScoped<EedVerwijzingIntake>();
        builder.Services.AddScoped<ComplexeCasusIntake>();
        builder.Services.AddScoped<VoortgangIntake>();
        return builder;
    }
}
