using Agenda.Silo.Data;

namespace Ontwikkelagenda.UnitTests.Options;

public class DomeinDataOptionsTests
{
    [Fact]
    public async Task A_data_path_that_does_not_exist_is_refused_at_start()
    {
        var error = await StartupValidation.RefusedAtStart("DomeinData:Pad", "/bestaat/niet", builder => builder.AddDomeinData());
        Assert.Equal("DomeinData:Pad moet naar een bestaande map met de databestanden wijzen.", error.Message);
    }
}
