using k8s;
using k8s.Models;

namespace Ontwikkelagenda.OperationsTests;

/// <summary>The objects of deploy/kubernetes, loaded strictly (an unknown field fails) into the client's typed models.</summary>
public static class KubernetesManifests
{
    public const string KustomizationFile = "kustomization.yaml";

    public static IEnumerable<string> Files =>
        Directory.GetFiles(DeployFiles.KubernetesDir, "*.yaml").Where(f => Path.GetFileName(f) != KustomizationFile).Order();

    public static IReadOnlyList<object> Load(string file) =>
        KubernetesYaml.LoadAllFromString(File.ReadAllText(file), strict: true);

    public static IReadOnlyList<object> All { get; } = Files.SelectMany(Load).ToList();

    public static IEnumerable<V1Deployment> Deployments => All.OfType<V1Deployment>();

    public static IEnumerable<V1Service> Services => All.OfType<V1Service>();
}
