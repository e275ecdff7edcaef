using System.Text.Json;
using Agenda.Domein.Referentie;

namespace Ontwikkelagenda.Intake.Validatie;

/// <summary>Gives each request its own <see cref="VeldLezer"/> with today's date and the register.</summary>
public sealed class VeldLezerFactory(TimeProvider time, Referentiedata register)
{
    public VeldLezer Lees(JsonElement body) => new(body, time, register);
}
