using Inkoop.Api.Aanbieders;
using Inkoop.Api.Contracten;
using Ontwikkelagenda.Intake;
using Ontwikkelagenda.Intake.Toegang;

namespace Inkoop.Api;

public static class Extensions
{
    /// <summary>The intake machinery in schema <c>inkoop</c> of <c>ConnectionStrings:inkoopdb</c>, and the two resources' flows.</summary>
    public static IHostApplicationBuilder AddInkoopServices(this IHostApplicationBuilder builder)
    {
        builder.AddIntake(schema: "inkoop", connectionName: "inkoopdb");
        builder.Services.AddSingleton<MeldendeOrganisaties>();
        builder.Services.AddSingleton<AanbiederIntake>();
        builder.Services.AddSingleton<ContractIntake>();
        builder.Services.AddSingleton<IEventToegang, ContractToegang>();
        return builder;
    }
}
