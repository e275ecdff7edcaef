using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace Ontwikkelagenda.ServiceDefaults.NlApi;

/// <summary>
/// Turns an unhandled exception into problem+json: 400 for a request the framework could not read
/// (bad parameter, body too large), 503 when a dependency is down (<see cref="NlApiOptions.UnavailableWhen"/>),
/// 500 otherwise. The exception is logged, never returned.
/// </summary>
public sealed class NlExceptionHandler(IProblemDetailsService problemDetails, IOptions<NlApiOptions> options, ILogger<NlExceptionHandler> logger)
    : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var status = exception switch
        {
            BadHttpRequestException bad => bad.StatusCode,
            _ when options.Value.UnavailableWhen.Any(unavailable => unavailable(exception)) => StatusCodes.Status503ServiceUnavailable,
            _ => StatusCodes.Status500InternalServerError,
        };
        if (status >= 500) logger.LogError(exception, "Onverwachte fout bij {Method} {Path}", httpContext.Request.Method, httpContext.Request.Path);
        httpContext.Response.StatusCode = status;
        return await problemDetails.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            Exception = exception,
            ProblemDetails = { Status = status },
        });
    }
}
