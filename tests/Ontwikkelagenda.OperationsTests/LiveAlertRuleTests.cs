namespace Ontwikkelagenda.OperationsTests;

/// <summary>The alert rules of deploy/prometheus/alerts.yml against the live Prometheus.</summary>
public sealed class LiveAlertRuleTests(MonitoringFixture system)
{
    public static TheoryData<string> Alerts() => new(DeployFiles.AlertRules().Select(r => r.Alert));

    [Theory]
    [MemberData(nameof(Alerts))]
    public async Task Every_metric_an_alert_reads_exists_in_the_live_Prometheus(string alert)
    {
        var wanted = PromQl.MetricNames(DeployFiles.AlertRules().Single(r => r.Alert == alert).Expr);
        Assert.NotEmpty(wanted);

        var known = await MonitoringFixture.EventuallyAsync(system.Prometheus.MetricNamesAsync, names => wanted.IsSubsetOf(names));

        Assert.Empty(wanted.Except(known));
    }

    [Theory]
    [MemberData(nameof(Alerts))]
    public async Task Every_alert_is_loaded_and_evaluates_without_error(string alert)
    {
        var health = await MonitoringFixture.EventuallyAsync(system.Prometheus.RuleHealthAsync,
            rules => rules.GetValueOrDefault(alert) == "ok");

        Assert.Equal("ok", health.GetValueOrDefault(alert));
    }

    [Fact]
    public async Task No_alert_fires_while_the_system_is_healthy_except_the_three_month_signal()
    {
        // ALERTS holds firing and pending alerts; the melding started four months ago may be one.
        var firing = await system.Prometheus.CountSeriesAsync(
            "ALERTS{alertname!=\"ThuiszitterLangerDanDrieMaanden\"}", CancellationToken.None);

        Assert.Equal(0, firing);
    }

    [Fact]
    public async Task Prometheus_scrapes_every_service_AppHost_runs()
    {
        // Everything in the endpoints file that is not a server or a monitoring part is a service resource.
        string[] notProjects = ["postgres", "rabbitmq", "rabbitmq-metrics", "redis", "postgres-exporter", "prometheus", "grafana"];
        var projects = system.Endpoints.Keys.Except(notProjects).ToHashSet();

        var scraped = await MonitoringFixture.EventuallyAsync(
            ct => system.Prometheus.LabelValuesAsync("up{job=\"services\"} == 1", "instance", ct), up => projects.SetEquals(up));

        Assert.Equal(projects.Order(), scraped.Order());
    }
}
