using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Ontwikkelagenda.Intake.Bewaren;

public static class BewaarExtensions
{
    /// <summary>
    /// The retention job over the <see cref="IAfgeslotenZaken"/> the service registered (scoped or singleton), after
    /// <c>AddIntake</c>: hosted services start in order, and the job reads the schema the intake creates.
    /// </summary>
    public static IHostApplicationBuilder AddBewaartermijn(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<BewaarOptions>()
            .Bind(builder.Configuration.GetSection(BewaarOptions.SectionName))
            .Validate(o => o.NaAfsluiting >= TimeSpan.FromDays(1), "Bewaren:NaAfsluiting moet minstens een dag zijn.")
            .Validate(o => o.Interval > TimeSpan.Zero, "Bewaren:Interval moet langer zijn dan nul.")
            .ValidateOnStart();
        builder.Services.AddSingleton<Bewaartermijn>();
        builder.Services.AddHostedService(services => services.GetRequiredService<Bewaartermijn>());
        return builder;
    }
}
