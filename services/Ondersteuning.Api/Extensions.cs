using Ondersteuning.Api.ComplexeCasussen;
using Ondersteuning.Api.EedVerwijzingen;
using Ondersteuning.Api.Meldingen;
using Ondersteuning.Api.Trajecten;
using Ondersteuning.Api.Validatie;
using Ondersteuning.Api.Voortgang;
using Ontwikkelagenda.Intake;
using Ontwikkelagenda.Intake.Bewaren;
using Ontwikkelagenda.Intake.Toegang;

namespace Ondersteuning.Api;

public static class Extensions
{
    public const string Schema = "ondersteuning";

    public static IHostApplicationBuilder AddOndersteuningServices(this IHostApplicationBuilder builder)
    {
        // The agenda is a versioned file copied next to the service (data/); the register is the intake's (AddIntake).
        builder.Services.AddSingleton(_ => AgendaDoelen.Load(Path.Combine(AppContext.BaseDirectory, "data")));
        builder.Services.AddSingleton<Schoolregister>();

        builder.AddIntake(Schema, connectionName: "ondersteuningdb");

        builder.Services.AddSingleton<MeldingValidator>();
        builder.Services.AddScoped<IntakeFlow>();
        builder.Services.AddSingleton<SchoolToegang>();
        builder.Services.AddSingleton<IEventToegang>(services => services.GetRequiredService<SchoolToegang>());
        builder.Services.AddScoped<TrajectIntake>();
        builder.Services.AddScoped<EedVerwijzingIntake>();
        builder.Services.AddScoped<ComplexeCasusIntake>();
        builder.Services.AddScoped<VoortgangIntake>();
        builder.Services.AddSingleton<RapporterendeOrganisatie>();
        builder.Services.AddScoped<IAfgeslotenZaken, AfgeslotenEedVerwijzingen>();
        builder.Services.AddScoped<IAfgeslotenZaken, AfgeslotenComplexeCasussen>();
        builder.AddBewaartermijn();
        return builder;
    }
}
