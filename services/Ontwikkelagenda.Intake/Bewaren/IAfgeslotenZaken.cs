namespace Ontwikkelagenda.Intake.Bewaren;

/// <summary>
/// One kind of case whose reference a service removes after the retention period: which entities of
/// <see cref="EntiteitSoort"/> closed, by the service's own reading of its facts. Withdrawn entities the
/// <see cref="Bewaartermijn"/> finds itself (the entity's flag and the moment it changed).
/// </summary>
public interface IAfgeslotenZaken
{
    /// <summary>The <c>entiteiten.soort</c> of these cases.</summary>
    string EntiteitSoort { get; }

    /// <summary>The JSON name of the reference in the entity's state and in its meldingen's events.</summary>
    string ReferentieVeld { get; }

    /// <summary>The cases not withdrawn whose closing date lies before <paramref name="grens"/>.</summary>
    Task<IReadOnlyList<Guid>> AfgeslotenVoor(DateOnly grens, CancellationToken cancellationToken);
}
