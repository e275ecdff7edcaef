using Intake.Client;
using Microsoft.Extensions.Options;
using Ontwikkelagenda.ServiceDefaults.Security;
using Ontwikkelagenda.Web.Common.Toegang;
using Ontwikkelagenda.Web.Melden.Upload;
using Refit;

namespace Ontwikkelagenda.Web.Melden;

/// <summary>Registers the typed clients of the intake services the Melden pages post to.</summary>
public static class IntakeClientExtensions
{
    /// <remarks>
    /// Every call goes with the signed-in user's token (<see cref="GebruikersClients"/>).
    /// The ServiceDefaults' standard resilience handler stays: it may retry a POST, which is safe because every melding
    /// carries its meldingId and the services answer a repeat with the stored answer.
    /// </remarks>
    public static IHostApplicationBuilder AddIntakeClients(this IHostApplicationBuilder builder)
    {
        // InputFile streams the CSV over the circuit's websocket; when a browser falls back to long polling the same bytes
        // arrive as HTTP bodies, so the web takes bodies up to the upload's size.
        builder.LimitRequestBody(UploadControle.MaxBytes);
        builder.Services.AddScoped<Melden.MeldenRegister>();
        builder.Services.AddScoped<IUploadSoort, ThuiszitterUpload>();
        builder.Services.AddScoped<IUploadSoort, TrajectUpload>();
        builder.Services.AddScoped<IUploadSoort, EedVerwijzingUpload>();
        builder.Services.AddScoped<IUploadSoort, ComplexeCasusUpload>();
        builder.Services.AddScoped<IUploadSoort, ContractUpload>();
        builder.Services.AddOptions<IntakeApiOptions>().BindConfiguration(IntakeApiOptions.SectionName)
            .Validate(o => o.Leerplicht.IsAbsoluteUri && o.Leerplicht.Scheme is "http" or "https", "IntakeApi:Leerplicht moet een absolute http(s)-URL zijn.")
            .Validate(o => o.Inkoop.IsAbsoluteUri && o.Inkoop.Scheme is "http" or "https", "IntakeApi:Inkoop moet een absolute http(s)-URL zijn.")
            .Validate(o => o.Ondersteuning.IsAbsoluteUri && o.Ondersteuning.Scheme is "http" or "https", "IntakeApi:Ondersteuning moet een absolute http(s)-URL zijn.")
            .ValidateOnStart();
        builder.Services.AddRefitGeneratedClient<ILeerplichtApi>(IntakeRefit.Settings())
            .ConfigureHttpClient((services, client) => client.BaseAddress = Options(services).Leerplicht)
            .MetTokenVanGebruiker<ILeerplichtApi>(IntakeRefit.Settings());
        builder.Services.AddRefitGeneratedClient<IInkoopApi>(IntakeRefit.Settings())
            .ConfigureHttpClient((services, client) => client.BaseAddress = Options(services).Inkoop)
            .MetTokenVanGebruiker<IInkoopApi>(IntakeRefit.Settings());
        builder.Services.AddRefitGeneratedClient<IOndersteuningApi>(IntakeRefit.Settings())
            .ConfigureHttpClient((services, client) => client.BaseAddress = Options(services).Ondersteuning)
            .MetTokenVanGebruiker<IOndersteuningApi>(IntakeRefit.Settings());
        return builder;
    }

    private static IntakeApiOptions Options(IServiceProvider services) =>
        services.GetRequiredService<IOptions<IntakeApiOptions>>().Value;
}
