namespace Ontwikkelagenda.Intake.Opslag;

/// <summary>
/// A service's own step from an older schema of its own to the intake's tables, run by <see cref="IntakeSchema"/> under
/// its lock after <c>entiteiten</c> exists and before <c>meldingen</c> is created. It must be idempotent.
/// </summary>
public interface IIntakeMigratie
{
    string Sql(IntakeSchemaNaam schema);
}
