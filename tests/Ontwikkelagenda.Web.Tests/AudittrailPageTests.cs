using Bunit;
using Intake.Client;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor.Services;
using Ontwikkelagenda.Web.Components.Pages;
using Ontwikkelagenda.Web.Tests.Melden;

namespace Ontwikkelagenda.Web.Tests;

/// <summary>The functionaris's page over the three intakes' audit trails: their entries, the filters, a service that is down.</summary>
public sealed class AudittrailPageTests : BunitContext
{
    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(5);
    private readonly FakeLeerplichtApi leerplicht = new();
    private readonly FakeOndersteuningApi ondersteuning = new();
    private readonly FakeInkoopApi inkoop = new();

    public AudittrailPageTests()
    {
        JSInterop.Mode = JSRuntimeMode.Loose;
        Services.AddMudServices();
        Services.AddLogging();
        Services.AddSingleton<ILeerplichtApi>(leerplicht);
        Services.AddSingleton<IOndersteuningApi>(ondersteuning);
        Services.AddSingleton<IInkoopApi>(inkoop);
    }

    private static AuditRegel Regel(long id, string wat, int status, string? zaakId = null) => new(
        id, new DateTimeOffset(2026, 12, 3, 9, 15, 0, TimeSpan.Zero), "test-leerplichtambtenaar-GM0106", "gemeente", "GM0106",
        ["leerplichtambtenaar"], "GET", zaakId is null ? "/v1/thuiszitters" : "/v1/thuiszitters/{id}",
        zaakId is null ? new Dictionary<string, string>() : new Dictionary<string, string> { ["id"] = zaakId }, wat, status);

    [Fact]
    public void Shows_each_services_entries_with_who_what_the_case_id_and_the_answer()
    {
        var zaakId = Guid.NewGuid().ToString();
        leerplicht.Audit.Antwoord = (_, _) => Task.FromResult(new AuditPagina([Regel(7, "GetThuiszitter", 403, zaakId), Regel(6, "GetThuiszitters", 200)], 1, 100, null));

        var page = Render<AudittrailPage>();

        page.WaitForAssertion(() => Assert.Equal(2, page.FindAll("[data-audit-dienst='leerplicht'] [data-audit-regel]").Count), WaitLimit);
        var geweigerd = page.Find("[data-audit-regel='7']").ParentElement!;
        Assert.Contains("3 december 2026 10:15", geweigerd.TextContent, StringComparison.Ordinal);
        Assert.Contains("test-leerplichtambtenaar-GM0106", geweigerd.TextContent, StringComparison.Ordinal);
        Assert.Contains("gemeente GM0106", geweigerd.TextContent, StringComparison.Ordinal);
        Assert.Contains("GetThuiszitter (GET /v1/thuiszitters/{id})", geweigerd.TextContent, StringComparison.Ordinal);
        Assert.Contains(zaakId, geweigerd.TextContent, StringComparison.Ordinal);
        Assert.Contains("geweigerd (403)", geweigerd.TextContent, StringComparison.Ordinal);
        Assert.Contains("Geen regels.", page.Find("[data-audit-dienst='ondersteuning']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Geen regels.", page.Find("[data-audit-dienst='inkoop']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void The_filters_in_the_address_go_to_every_service()
    {
        Services.GetRequiredService<NavigationManager>().NavigateTo("audittrail?subject=test-x&organisatie=gemeente:GM1730");

        var page = Render<AudittrailPage>();

        page.WaitForAssertion(() => Assert.Equal(3, page.FindAll("[data-audit-leeg]").Count), WaitLimit);
        foreach (var audit in new[] { leerplicht.Audit, ondersteuning.Audit, inkoop.Audit })
            Assert.Equal([("test-x", "gemeente:GM1730")], audit.Gevraagd);
        Assert.Equal("test-x", page.Find("#audit-subject").GetAttribute("value"));
    }

    [Fact]
    public void A_service_that_does_not_answer_is_named_and_the_others_still_show()
    {
        ondersteuning.Audit.Antwoord = (_, _) => throw new HttpRequestException("weg");
        inkoop.Audit.Antwoord = (_, _) => Task.FromResult(new AuditPagina([Regel(3, "GetContract", 200, Guid.NewGuid().ToString())], 1, 100, null));

        var page = Render<AudittrailPage>();

        page.WaitForAssertion(() => Assert.Single(page.FindAll("[data-audit-dienst='inkoop'] [data-audit-regel]")), WaitLimit);
        Assert.Contains("niet bereikbaar", page.Find("[data-audit-dienst='ondersteuning'] [data-audit-fout]").TextContent, StringComparison.Ordinal);
        Assert.Empty(page.FindAll("[data-audit-dienst='leerplicht'] [data-audit-fout]"));
    }
}
