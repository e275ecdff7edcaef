using System.Text.Json;
using Agenda.Domein.Referentie;

namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>Gives each request its own <see cref="VeldLezer"/> with today's date and the register.</summary>
public sealed class VeldLezerFactory(TimeProvider time, Referentiedata register)
{
    /// <summary>A reader for a body of <typeparamref name="TVerzoek"/>, the documented request record: other fields are refused.</summary>
    public VeldLezer Lees<TVerzoek>(JsonElement body) => Lees(body, Verzoekvelden.Van<TVerzoek>());

    /// <summary>A reader for a body that may carry <paramref name="bekend"/> (null: judged whole by another reader).</summary>
    public VeldLezer Lees(JsonElement body, IReadOnlySet<string>? bekend) => new(body, bekend, time, register);
}
