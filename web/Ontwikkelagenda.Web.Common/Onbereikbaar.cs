namespace Ontwikkelagenda.Web.Common;

/// <summary>The failures that mean "the service did not answer in time", which a page reports instead of crashing.</summary>
public static class Onbereikbaar
{
    public static bool Is(Exception e) =>
        e is HttpRequestException or Refit.ApiException or TaskCanceledException or TimeoutException or IOException
            or Polly.Timeout.TimeoutRejectedException or Polly.CircuitBreaker.BrokenCircuitException;
}
