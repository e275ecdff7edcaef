using Agenda.Silo.Grains;

namespace Ontwikkelagenda.UnitTests.Options;

public class ScopeGrainOptionsTests
{
    [Fact]
    public async Task A_negative_catch_up_interval_is_refused_at_start()
    {
        var error = await StartupValidation.RefusedAtStart("ScopeGrains:Bijwerkinterval", "-00:00:01", builder => builder.AddScopeGrains());
        Assert.Equal("ScopeGrains:Bijwerkinterval mag niet negatief zijn.", error.Message);
    }
}
