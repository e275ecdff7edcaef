namespace Agenda.Silo.Grains;

public static class ScopeGrainExtensions
{
    /// <summary>What the scope grains are built with (<see cref="ScopeGrainDiensten"/>) and how often they catch up.</summary>
    public static TBuilder AddScopeGrains<TBuilder>(this TBuilder builder) where TBuilder : IHostApplicationBuilder
    {
        builder.Services.AddOptions<ScopeGrainOptions>()
            .Bind(builder.Configuration.GetSection(ScopeGrainOptions.Section))
            .Validate(o => o.Bijwerkinterval >= TimeSpan.Zero, "ScopeGrains:Bijwerkinterval mag niet negatief zijn.")
            .ValidateOnStart();
        builder.Services.AddSingleton<ScopeGrainDiensten>();
        return builder;
    }
}
