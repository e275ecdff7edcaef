using Agenda.Domein.Data;
using Microsoft.Extensions.Options;

namespace Agenda.Silo.Data;

public static class DomeinDataExtensions
{
    /// <summary>The data files (register with counts per school year, agenda, benchmarks, report figures), read once and held in memory.</summary>
    public static TBuilder AddDomeinData<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<DomeinDataOptions>()
            .Bind(builder.Configuration.GetSection(DomeinDataOptions.Section))
            .Validate(o => !string.IsNullOrWhiteSpace(o.Pad) && System.IO.Directory.Exists(o.Directory()),
                "DomeinData:Pad moet naar een bestaande map met de databestanden wijzen.")
            .ValidateOnStart();
        builder.Services.AddSingleton(services => DomeinData.Load(services.GetRequiredService<IOptions<DomeinDataOptions>>().Value.Directory()));
        builder.Services.AddSingleton(services => services.GetRequiredService<DomeinData>().Referentiedata);
        return builder;
    }

    public static string Directory(this DomeinDataOptions options) =>
        Path.IsPathRooted(options.Pad) ? options.Pad : Path.Combine(AppContext.BaseDirectory, options.Pad);
}
