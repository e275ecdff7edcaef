namespace Ontwikkelagenda.OperationsTests;

/// <summary>Every dashboard query, run against the live Prometheus of a running system with events flowing.</summary>
public sealed class LiveDashboardTests(MonitoringFixture system)
{
    public static TheoryData<string> Panels() => new(DeployFiles.PanelQueries().Select(q => q.Name));

    public static TheoryData<string> Variables() => new(DeployFiles.VariableQueries().Select(q => q.Name));

    [Theory]
    [MemberData(nameof(Panels))]
    public async Task Every_metric_a_panel_reads_exists_in_the_live_Prometheus(string panel)
    {
        var expr = DeployFiles.PanelQueries().Single(q => q.Name == panel).Expr;
        var wanted = PromQl.MetricNames(expr);
        Assert.NotEmpty(wanted);

        var known = await MonitoringFixture.EventuallyAsync(system.Prometheus.MetricNamesAsync, names => wanted.IsSubsetOf(names));

        Assert.Empty(wanted.Except(known));
    }

    [Theory]
    [MemberData(nameof(Panels))]
    public async Task Every_panel_query_returns_at_least_one_series(string panel)
    {
        var expr = DeployFiles.Substitute(DeployFiles.PanelQueries().Single(q => q.Name == panel).Expr);

        var series = await MonitoringFixture.EventuallyAsync(ct => system.Prometheus.CountSeriesAsync(expr, ct), count => count > 0);

        Assert.True(series > 0, $"No series for {expr}");
    }

    [Theory]
    [MemberData(nameof(Variables))]
    public async Task Every_dashboard_variable_has_values(string variable)
    {
        // label_values(metric{...}, label): the values are those of the label on the metric's series.
        var definition = DeployFiles.VariableQueries().Single(v => v.Name == variable).Query;
        var inner = definition["label_values(".Length..definition.LastIndexOf(',')];

        var series = await MonitoringFixture.EventuallyAsync(ct => system.Prometheus.CountSeriesAsync(inner, ct), count => count > 0);

        Assert.True(series > 0, $"No series for {inner}");
    }
}
