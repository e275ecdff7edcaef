using System.Text.Json.Serialization;
using Ontwikkelagenda.Intake;

namespace Inkoop.Api.Aanbieders;

/// <summary>A registered provider; <see cref="Meldingen"/> (its history) only when read by id.</summary>
public sealed record Aanbieder(
    Guid Id,
    string Naam,
    string? KvkNummer,
    bool Ingetrokken,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<MeldingRegel>? Meldingen);
