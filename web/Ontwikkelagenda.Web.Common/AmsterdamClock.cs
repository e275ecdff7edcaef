using Ontwikkelagenda.ServiceDefaults.NlApi;

namespace Ontwikkelagenda.Web.Common;

/// <summary>The region's dates and times: KPI dates are calendar dates in Europe/Amsterdam, "today" too.</summary>
public sealed class AmsterdamClock(TimeProvider timeProvider)
{
    public DateTimeOffset Now() => timeProvider.AmsterdamNow();

    public DateOnly Today() => timeProvider.Today();
}
