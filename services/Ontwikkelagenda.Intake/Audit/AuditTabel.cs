namespace Ontwikkelagenda.Intake.Audit;

/// <summary>
/// The audit table of an intake's schema, created by <see cref="Opslag.IntakeSchema"/> with the other tables. A trigger
/// refuses every UPDATE, DELETE and TRUNCATE, so no code path of the service (nor the retention job) can change history:
/// the trail only grows.
/// </summary>
internal static class AuditTabel
{
    public static string Sql(IntakeSchemaNaam schema) => $"""
        -- Who read or wrote what, and the answer: one row per audited request. No bodies, only the path's ids.
        CREATE TABLE IF NOT EXISTS {schema}.audit (
            id                bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
            tijdstip          timestamptz NOT NULL,
            subject           text NOT NULL,
            organisatie_soort text NOT NULL,
            organisatie_code  text NOT NULL,
            rollen            text[] NOT NULL,
            methode           text NOT NULL,
            route             text NOT NULL,
            route_waarden     jsonb NOT NULL,
            wat               text NOT NULL,
            status            integer NOT NULL
        );

        CREATE INDEX IF NOT EXISTS audit_per_tijdstip ON {schema}.audit (tijdstip);

        CREATE OR REPLACE FUNCTION {schema}.audit_alleen_aanvullen() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
            RAISE EXCEPTION 'De audittrail is alleen aan te vullen: % op %.audit is niet toegestaan.', TG_OP, TG_TABLE_SCHEMA
                USING ERRCODE = 'insufficient_privilege';
        END
        $$;

        -- Per statement, so even an UPDATE or DELETE that matches no row is refused.
        CREATE OR REPLACE TRIGGER audit_alleen_aanvullen BEFORE UPDATE OR DELETE OR TRUNCATE ON {schema}.audit
            FOR EACH STATEMENT EXECUTE FUNCTION {schema}.audit_alleen_aanvullen();
        """;
}
