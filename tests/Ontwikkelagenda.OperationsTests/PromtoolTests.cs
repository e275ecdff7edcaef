namespace Ontwikkelagenda.OperationsTests;

/// <summary>The Prometheus configuration and alert rules pass promtool, and the rules' unit tests pass.</summary>
public sealed class PromtoolTests
{
    [Fact]
    public async Task The_alert_rules_are_valid()
    {
        var (exitCode, output) = await Promtool.RunAsync(DeployFiles.PrometheusDir, "check", "rules", "alerts.yml");

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public async Task Each_alert_fires_on_a_faulty_series_and_stays_silent_on_a_healthy_one()
    {
        var (exitCode, output) = await Promtool.RunAsync(DeployFiles.PrometheusDir, "test", "rules", "alerts.test.yml");

        Assert.True(exitCode == 0, output);
    }

    [Fact]
    public void Every_alert_has_a_unit_test()
    {
        var tests = File.ReadAllText(DeployFiles.AlertTestsFile);

        var untested = DeployFiles.AlertRules().Select(r => r.Alert).Where(alert => !tests.Contains($"alertname: {alert}\n")).ToList();

        Assert.Empty(untested);
    }

    [Fact]
    public async Task The_prometheus_configuration_is_valid()
    {
        // As AppHost lays it out: the configuration and rules side by side, targets/*.json written beside them.
        var dir = Directory.CreateTempSubdirectory("ontwikkelagenda-promtool-").FullName;
        try
        {
            foreach (var file in new[] { "prometheus.yml", "alerts.yml" })
            {
                File.Copy(Path.Combine(DeployFiles.PrometheusDir, file), Path.Combine(dir, file));
            }

            var (exitCode, output) = await Promtool.RunAsync(dir, "check", "config", "prometheus.yml");

            Assert.True(exitCode == 0, output);
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }
}
