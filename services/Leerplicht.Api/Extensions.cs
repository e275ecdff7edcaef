using Leerplicht.Api.Intake;
using Leerplicht.Api.Opslag;
using Leerplicht.Api.Termijnen;
using Ontwikkelagenda.Intake;
using Ontwikkelagenda.Intake.Bewaren;
using Ontwikkelagenda.Intake.Opslag;
using Ontwikkelagenda.Intake.Toegang;

namespace Leerplicht.Api;

public static class Extensions
{
    /// <summary>The intake pipeline in schema <c>leerplicht</c> of <c>ConnectionStrings:leerplichtdb</c>, with what is the service's own.</summary>
    public static IHostApplicationBuilder AddLeerplichtServices(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<LeerplichtOptions>()
            .Bind(builder.Configuration.GetSection(LeerplichtOptions.SectionName))
            .Validate(o => o.TermijnInterval > TimeSpan.Zero, "Leerplicht:TermijnInterval moet langer zijn dan nul.")
            .ValidateOnStart();
        builder.Services.AddSingleton<IIntakeMigratie, LeerplichtMigratie>();
        builder.AddIntake(schema: "leerplicht", connectionName: "leerplichtdb");

        // After AddIntake: hosted services start in order, and the deadline watch reads the schema it creates.
        builder.Services.AddHostedService<TermijnBewaking>();
        builder.Services.AddSingleton<IAfgeslotenZaken, AfgeslotenThuiszitters>();
        builder.AddBewaartermijn();

        builder.Services.AddSingleton<MeldingValidator>();
        builder.Services.AddSingleton<IEventToegang, ThuiszitterToegang>();
        builder.Services.AddScoped<ThuiszitterIntake>();
        builder.Services.AddScoped<ThuiszitterVervolg>();
        return builder;
    }
}
