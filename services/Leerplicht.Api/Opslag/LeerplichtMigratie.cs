using Ontwikkelagenda.Intake;
using Ontwikkelagenda.Intake.Opslag;

namespace Leerplicht.Api.Opslag;

/// <summary>
/// From the service's first schema (<c>zaken</c> with a column per field, <c>meldingen</c> naming what they correct or
/// withdraw) to the intake's tables, in place and once: each case becomes an entity with the same id and its fields as
/// state, each melding keeps its id, answer, event and publication, and the marks move to the melding that was
/// corrected or withdrawn. Withdrawals and corrections get the intake's soort, so a repeat of one is still recognised.
/// </summary>
public sealed class LeerplichtMigratie : IIntakeMigratie
{
    public string Sql(IntakeSchemaNaam schema) => $"""
        DO $migratie$
        BEGIN
            IF to_regclass('{schema}.zaken') IS NULL THEN
                RETURN;
            END IF;

            INSERT INTO {schema}.entiteiten (id, soort, staat, ingetrokken, aangemaakt_op, gewijzigd_op)
            SELECT z.id, '{Zaak.Soort}',
                   jsonb_build_object(
                       'casusReferentie', z.casus_referentie, 'gemeente', z.gemeente, 'brin', z.brin,
                       'soortVerzuim', z.soort_verzuim, 'startdatum', z.startdatum, 'einddatum', z.einddatum,
                       'uitkomst', z.uitkomst,
                       'termijnGemeld', EXISTS (SELECT 1 FROM {schema}.meldingen m
                                                WHERE m.zaak_id = z.id AND m.soort = '{MeldingSoorten.TermijnOverschreden}')),
                   z.ingetrokken_op IS NOT NULL, z.gemeld_op, COALESCE(z.ingetrokken_op, z.gemeld_op)
            FROM {schema}.zaken z;

            ALTER TABLE {schema}.meldingen DROP CONSTRAINT IF EXISTS meldingen_zaak_id_fkey;
            ALTER TABLE {schema}.meldingen RENAME COLUMN zaak_id TO entiteit_id;
            ALTER TABLE {schema}.meldingen ADD COLUMN gecorrigeerd_door uuid NULL, ADD COLUMN ingetrokken_door uuid NULL;
            UPDATE {schema}.meldingen doel SET gecorrigeerd_door = correctie.melding_id
                FROM {schema}.meldingen correctie WHERE correctie.corrigeert_melding_id = doel.melding_id;
            UPDATE {schema}.meldingen doel SET ingetrokken_door = intrekking.melding_id
                FROM {schema}.meldingen intrekking WHERE intrekking.trekt_in_melding_id = doel.melding_id;
            UPDATE {schema}.meldingen SET soort = '{MeldingSoorten.Correctie}' WHERE corrigeert_melding_id IS NOT NULL;
            UPDATE {schema}.meldingen SET soort = '{Intrekkingen.MeldingSoort}' WHERE trekt_in_melding_id IS NOT NULL;

            DROP INDEX {schema}.meldingen_een_correctie, {schema}.meldingen_een_intrekking, {schema}.meldingen_een_termijn,
                {schema}.meldingen_per_zaak;
            ALTER TABLE {schema}.meldingen DROP COLUMN corrigeert_melding_id, DROP COLUMN trekt_in_melding_id;
            DROP TABLE {schema}.zaken;
            RAISE NOTICE 'Schema {schema} overgezet naar de tabellen van de intake';
        END
        $migratie$;
        """;
}
