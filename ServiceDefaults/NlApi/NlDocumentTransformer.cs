using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;

namespace Ontwikkelagenda.ServiceDefaults.NlApi;

/// <summary>
/// Makes the document what the ADR linter reads: the major version in <c>servers[0].url</c> (relative,
/// so it holds behind any host or proxy) with paths relative to it, semver in <c>info.version</c>,
/// and the contact.
/// </summary>
public sealed class NlDocumentTransformer(IOptions<NlApiOptions> options) : IOpenApiDocumentTransformer
{
    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var api = options.Value;
        document.Info.Title = api.Title;
        document.Info.Description = api.Description;
        document.Info.Version = api.Version;
        document.Info.Contact = new OpenApiContact
        {
            Name = api.ContactName,
            Email = api.ContactEmail,
            Url = new Uri(api.ContactUrl),
        };
        document.Servers = [new OpenApiServer { Url = api.BasePath, Description = api.Title }];

        var relative = new OpenApiPaths();
        foreach (var (path, item) in document.Paths)
        {
            var stripped = path.StartsWith(api.BasePath + "/", StringComparison.Ordinal) ? path[api.BasePath.Length..] : path;
            relative.Add(stripped, item);
        }
        document.Paths = relative;
        return Task.CompletedTask;
    }
}
