namespace Ontwikkelagenda.Agenda.Silo.Referentie;

public static class ReferentiedataExtensions
{
    /// <summary>The reference data file, read once and held in memory for routing and denominators.</summary>
    public static TBuilder AddReferentiedata<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.Configure<ReferentiedataOptions>(builder.Configuration.GetSection(ReferentiedataOptions.Section));
        builder.Services.AddSingleton(services =>
        {
            var pad = services.GetRequiredService<Microsoft.Extensions.Options.IOptions<ReferentiedataOptions>>().Value.Pad;
            return Referentiedata.Load(Path.IsPathRooted(pad) ? pad : Path.Combine(AppContext.BaseDirectory, pad));
        });
        return builder;
    }
}
