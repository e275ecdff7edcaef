using Ontwikkelagenda.Web;
using Ontwikkelagenda.Web.Melden;

namespace Ontwikkelagenda.UnitTests.Options;

/// <summary>The web's settings, refused at start like every other service's (beside them, with the same helper).</summary>
public class WebOptionsTests
{
    [Fact]
    public async Task A_relative_agenda_api_address_is_refused_at_start()
    {
        var error = await StartupValidation.RefusedAtStart("AgendaApi:BaseAddress", "agenda-api", builder => builder.AddAgendaApiClient());
        Assert.Equal("AgendaApi:BaseAddress moet een absolute http(s)-URL zijn.", error.Message);
    }

    [Fact]
    public async Task A_relative_intake_address_is_refused_at_start()
    {
        var error = await StartupValidation.RefusedAtStart("IntakeApi:Inkoop", "inkoop-api", builder => builder.AddIntakeClients());
        Assert.Equal("IntakeApi:Inkoop moet een absolute http(s)-URL zijn.", error.Message);
    }
}
