namespace Intake.Contracts.Regels;

/// <summary>
/// The rule of one field of a request record. The intakes read every request with one reader
/// (<c>Ontwikkelagenda.Intake.Validatie.Verzoeklezer</c>) that applies these rules and documents them in the OpenAPI
/// document, so the record is the one place a field, its rule and its description are written. The properties are
/// nullable so that a client can send what a form holds, absent or wrong, and hear back every wrong field.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public abstract class VeldregelAttribute : Attribute
{
    /// <summary>Absent, null or blank is an error; the OpenAPI document lists the field as required.</summary>
    public bool Verplicht { get; set; } = true;
}
