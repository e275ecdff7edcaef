using k8s;
using k8s.Models;
using System.Globalization;

namespace Ontwikkelagenda.OperationsTests;

/// <summary>
/// The Kubernetes manifests checked against the object schemas of the Kubernetes client (no cluster
/// runs here): they load strictly into typed objects, and what ties them together matches.
/// </summary>
public sealed class KubernetesManifestTests
{
    private static readonly string[] Processes = ["agenda-silo", "agenda-api", "leerplicht-api", "inkoop-api", "ondersteuning-api", "web", "identity-api"];

    /// <summary>The processes that trust Identity.Api's tokens (the APIs) or sign in through it (the web).</summary>
    private static readonly string[] TokenUsers = ["agenda-api", "leerplicht-api", "inkoop-api", "ondersteuning-api", "web"];

    public static TheoryData<string> Files() => new(KubernetesManifests.Files.Select(Path.GetFileName)!);

    public static TheoryData<string> DeploymentNames() => new(Processes);

    public static TheoryData<string> TokenUserNames() => new(TokenUsers);

    [Theory]
    [MemberData(nameof(Files))]
    public void Every_document_loads_strictly_as_a_typed_Kubernetes_object(string file)
    {
        var objects = KubernetesManifests.Load(Path.Combine(DeployFiles.KubernetesDir, file));

        Assert.NotEmpty(objects);
        Assert.All(objects, o =>
        {
            var typed = Assert.IsAssignableFrom<IKubernetesObject<V1ObjectMeta>>(o);
            Assert.False(string.IsNullOrEmpty(typed.Metadata?.Name), $"{typed.Kind} in {file} has no name");
        });
    }

    [Fact]
    public void The_kustomization_lists_every_manifest_and_nothing_else()
    {
        var kustomization = File.ReadAllLines(Path.Combine(DeployFiles.KubernetesDir, KubernetesManifests.KustomizationFile));
        var listed = kustomization.Select(l => l.Trim()).Where(l => l.StartsWith("- ", StringComparison.Ordinal) && l.EndsWith(".yaml", StringComparison.Ordinal))
            .Select(l => l[2..]).Order();

        Assert.Equal(KubernetesManifests.Files.Select(Path.GetFileName).Order()!, listed);
    }

    [Fact]
    public void Every_process_has_a_Deployment_and_a_Service()
    {
        Assert.Equal(Processes.Order(), KubernetesManifests.Deployments.Select(d => d.Metadata.Name).Order());
        Assert.Equal(Processes.Order(), KubernetesManifests.Services.Select(s => s.Metadata.Name).Order());
    }

    [Fact]
    public void The_silo_runs_three_replicas_with_its_Orleans_ports_and_may_list_pods()
    {
        var silo = Deployment("agenda-silo");
        Assert.Equal(3, silo.Spec.Replicas);
        Assert.Equal(["http", "orleans-gateway", "orleans-silo"], silo.Spec.Template.Spec.Containers[0].Ports.Select(p => p.Name).Order());

        var account = silo.Spec.Template.Spec.ServiceAccountName;
        var binding = KubernetesManifests.All.OfType<V1RoleBinding>().Single(b => b.Subjects.Any(s => s.Kind == "ServiceAccount" && s.Name == account));
        var role = KubernetesManifests.All.OfType<V1Role>().Single(r => r.Metadata.Name == binding.RoleRef.Name);
        Assert.Contains(role.Rules, r => r.Resources.Contains("pods") && r.Verbs.Contains("list"));
        Assert.Contains(KubernetesManifests.All.OfType<V1ServiceAccount>(), a => a.Metadata.Name == account);
    }

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void A_Deployment_selects_its_own_pods_and_runs_a_pinned_image(string name)
    {
        var deployment = Deployment(name);

        Assert.All(deployment.Spec.Selector.MatchLabels, l => Assert.Equal(l.Value, deployment.Spec.Template.Metadata.Labels[l.Key]));
        var container = Assert.Single(deployment.Spec.Template.Spec.Containers);
        Assert.Matches(@"^[a-z0-9.\-/]+:[0-9][\w.\-]*$", container.Image);
    }

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void A_Deployment_is_probed_on_health_and_alive_through_a_port_it_declares(string name)
    {
        var container = Deployment(name).Spec.Template.Spec.Containers[0];
        var ports = container.Ports.Select(p => p.Name).ToHashSet();

        Assert.Equal("/health", container.ReadinessProbe.HttpGet.Path);
        Assert.Equal("/alive", container.LivenessProbe.HttpGet.Path);
        Assert.Contains(container.ReadinessProbe.HttpGet.Port.Value, ports);
        Assert.Contains(container.LivenessProbe.HttpGet.Port.Value, ports);
    }

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void A_Deployment_requests_resources_and_limits_memory(string name)
    {
        var resources = Deployment(name).Spec.Template.Spec.Containers[0].Resources;

        Assert.True(resources.Requests.ContainsKey("cpu") && resources.Requests.ContainsKey("memory"));
        Assert.True(resources.Limits.ContainsKey("memory"));
        Assert.True(resources.Limits["memory"].ToDecimal() >= resources.Requests["memory"].ToDecimal());
    }

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void A_Deployment_is_scraped_by_Prometheus_on_its_metrics_port(string name)
    {
        var template = Deployment(name).Spec.Template;
        var annotations = template.Metadata.Annotations;
        var http = template.Spec.Containers[0].Ports.Single(p => p.Name == "http");

        Assert.Equal("true", annotations["prometheus.io/scrape"]);
        Assert.Equal("/metrics", annotations["prometheus.io/path"]);
        Assert.Equal(http.ContainerPort.ToString(CultureInfo.InvariantCulture), annotations["prometheus.io/port"]);
    }

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void A_Deployment_takes_its_connection_strings_from_keys_that_exist(string name)
    {
        var secrets = KubernetesManifests.All.OfType<V1Secret>().ToDictionary(s => s.Metadata.Name, s => s.StringData?.Keys.ToHashSet() ?? []);
        var configMaps = KubernetesManifests.All.OfType<V1ConfigMap>().ToDictionary(c => c.Metadata.Name, c => c.Data.Keys.ToHashSet());

        foreach (var variable in Deployment(name).Spec.Template.Spec.Containers[0].Env.Where(e => e.ValueFrom is not null))
        {
            if (variable.ValueFrom.SecretKeyRef is { } secret)
            {
                Assert.True(secrets.TryGetValue(secret.Name, out var keys) && keys.Contains(secret.Key), $"{name}: {variable.Name} refers to a missing secret key {secret.Name}/{secret.Key}");
            }

            if (variable.ValueFrom.ConfigMapKeyRef is { } config)
            {
                Assert.True(configMaps.TryGetValue(config.Name, out var keys) && keys.Contains(config.Key), $"{name}: {variable.Name} refers to a missing config key {config.Name}/{config.Key}");
            }
        }
    }

    [Theory]
    [MemberData(nameof(DeploymentNames))]
    public void A_Service_selects_the_pods_of_its_Deployment_on_ports_they_declare(string name)
    {
        var service = KubernetesManifests.Services.Single(s => s.Metadata.Name == name);
        var pods = KubernetesManifests.Deployments.Where(d => service.Spec.Selector.All(l => d.Spec.Template.Metadata.Labels.TryGetValue(l.Key, out var v) && v == l.Value)).ToList();

        var deployment = Assert.Single(pods);
        Assert.Equal(name, deployment.Metadata.Name);
        var ports = deployment.Spec.Template.Spec.Containers[0].Ports;
        Assert.All(service.Spec.Ports, port => Assert.Contains(ports, p => p.Name == port.TargetPort.Value || p.ContainerPort.ToString(CultureInfo.InvariantCulture) == port.TargetPort.Value));
    }

    [Theory]
    [MemberData(nameof(TokenUserNames))]
    public void An_API_and_the_web_take_tokens_from_the_identity_Service_inside_the_cluster(string name)
    {
        var env = Deployment(name).Spec.Template.Spec.Containers[0].Env.ToDictionary(e => e.Name);

        var authority = new Uri(env["Identity__Authority"].Value);
        var service = Assert.Single(KubernetesManifests.Services, s => s.Metadata.Name == authority.Host);
        Assert.Equal("identity-api", service.Metadata.Name);
        Assert.Contains(service.Spec.Ports, p => p.Port == authority.Port);
        Assert.Equal("/", authority.AbsolutePath);
    }

    [Fact]
    public void Identity_names_the_public_issuer_the_Ingress_serves_and_keeps_its_keys_on_a_persistent_volume()
    {
        var deployment = Deployment("identity-api");
        var container = deployment.Spec.Template.Spec.Containers[0];
        var env = container.Env.ToDictionary(e => e.Name);
        var config = KubernetesManifests.All.OfType<V1ConfigMap>().Single(c => c.Metadata.Name == env["Identity__Issuer"].ValueFrom.ConfigMapKeyRef.Name);
        var issuer = new Uri(config.Data[env["Identity__Issuer"].ValueFrom.ConfigMapKeyRef.Key]);
        var ingress = Assert.Single(KubernetesManifests.All.OfType<V1Ingress>());

        Assert.Equal("https", issuer.Scheme);
        Assert.Contains(ingress.Spec.Rules, r => r.Host == issuer.Host && r.Http.Paths.Any(p => p.Path == "/" && p.Backend.Service.Name == "identity-api"));
        var keys = Assert.Single(container.VolumeMounts, m => m.MountPath == env["Identity__DataDir"].Value);
        var volume = Assert.Single(deployment.Spec.Template.Spec.Volumes, v => v.Name == keys.Name);
        Assert.Contains(KubernetesManifests.All.OfType<V1PersistentVolumeClaim>(), c => c.Metadata.Name == volume.PersistentVolumeClaim.ClaimName);
        Assert.Equal(1, deployment.Spec.Replicas);
    }

    [Fact]
    public void The_Ingress_serves_every_host_over_TLS_and_redirects_HTTP_to_HTTPS()
    {
        var ingress = Assert.Single(KubernetesManifests.All.OfType<V1Ingress>());
        var tlsHosts = ingress.Spec.Tls.SelectMany(t => t.Hosts).ToHashSet();

        Assert.All(ingress.Spec.Tls, tls => Assert.False(string.IsNullOrEmpty(tls.SecretName)));
        Assert.All(ingress.Spec.Rules, rule => Assert.Contains(rule.Host, tlsHosts));
        Assert.Equal("true", ingress.Metadata.Annotations["nginx.ingress.kubernetes.io/force-ssl-redirect"]);
    }

    [Fact]
    public void The_Ingress_routes_to_Services_and_ports_that_exist_and_exposes_no_silo()
    {
        var ingress = Assert.Single(KubernetesManifests.All.OfType<V1Ingress>());
        var backends = ingress.Spec.Rules.SelectMany(r => r.Http.Paths).Select(p => p.Backend.Service).ToList();

        Assert.All(backends, backend =>
        {
            var service = Assert.Single(KubernetesManifests.Services, s => s.Metadata.Name == backend.Name);
            Assert.Contains(service.Spec.Ports, p => p.Name == backend.Port.Name);
        });
        Assert.DoesNotContain(backends, b => b.Name == "agenda-silo");
    }

    private static V1Deployment Deployment(string name) => KubernetesManifests.Deployments.Single(d => d.Metadata.Name == name);
}
