using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace Ontwikkelagenda.ServiceDefaults.NlApi;

/// <summary>
/// Documents the access token (ServiceDefaults/Toegang): the bearer scheme (a JWT of the identity service) in the
/// components, and on every operation that asks for one the security requirement and its 401; a 403 where a right
/// (policy) decides. Operations that allow anonymous callers, or a service without authorization, get none.
/// </summary>
public sealed class TokenOpenApiTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    public const string SchemeName = "bearer";

    public async Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAllowAnonymous>().Any()) return;

        var authorize = metadata.OfType<IAuthorizeData>().ToList();
        var fallback = context.ApplicationServices.GetService<IAuthorizationPolicyProvider>() is { } policies
            ? await policies.GetFallbackPolicyAsync()
            : null;
        if (authorize.Count == 0 && fallback is null) return;

        operation.Security ??= [];
        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] });
        operation.Responses ??= new OpenApiResponses();
        operation.Responses.TryAdd("401", new OpenApiResponse { Description = "Geen of geen geldig toegangstoken" });
        if (authorize.Any(a => !string.IsNullOrEmpty(a.Policy) || !string.IsNullOrEmpty(a.Roles)))
        {
            operation.Responses.TryAdd("403", new OpenApiResponse { Description = "Geen recht op deze gegevens" });
        }
    }

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        var secured = document.Paths.Values.Where(p => p.Operations is not null).SelectMany(p => p.Operations!.Values).Any(o => o.Security is { Count: > 0 });
        if (!secured) return Task.CompletedTask;

        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            BearerFormat = "JWT",
            Description = "Toegangstoken (JWT) van de identiteitsdienst: voor scripts van een organisatie met client credentials "
                + "(scope = de naam van deze API), voor mensen via het aanmelden in de webapplicatie.",
        };
        return Task.CompletedTask;
    }
}
