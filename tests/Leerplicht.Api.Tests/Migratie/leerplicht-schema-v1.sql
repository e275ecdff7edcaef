-- The schema of Leerplicht.Api as its own store wrote it until the service moved onto the intake pipeline
-- (LeerplichtSchema.cs, verbatim): LeerplichtMigratie must take a database like this over without losing anything.

CREATE SCHEMA IF NOT EXISTS leerplicht;

CREATE TABLE IF NOT EXISTS leerplicht.zaken (
    id               uuid PRIMARY KEY,
    casus_referentie text NOT NULL,
    gemeente         text NOT NULL,
    brin             text NULL,
    soort_verzuim    text NOT NULL,
    startdatum       date NOT NULL,
    einddatum        date NULL,
    uitkomst         text NULL,
    gemeld_op        timestamptz NOT NULL
);

-- A melding with the answer it got and the event it must publish: the outbox.
-- The primary key on melding_id makes a repeated or concurrent melding a no-op.
CREATE TABLE IF NOT EXISTS leerplicht.meldingen (
    melding_id        uuid PRIMARY KEY,
    soort             text NOT NULL,
    zaak_id           uuid NOT NULL REFERENCES leerplicht.zaken (id) DEFERRABLE INITIALLY DEFERRED,
    ontvangen_op      timestamptz NOT NULL,
    antwoord_status   integer NOT NULL,
    antwoord_body     text NOT NULL,
    antwoord_location text NULL,
    event_id          uuid NOT NULL UNIQUE,
    event_type        text NOT NULL,
    event_body        jsonb NOT NULL,
    gepubliceerd_op   timestamptz NULL
);

CREATE INDEX IF NOT EXISTS meldingen_ongepubliceerd
    ON leerplicht.meldingen (ontvangen_op) WHERE gepubliceerd_op IS NULL;

-- Issue 3: corrections, withdrawals, transfers and the three-month deadline. Append-only; old rows stay valid.
ALTER TABLE leerplicht.zaken ADD COLUMN IF NOT EXISTS ingetrokken_op timestamptz NULL;
ALTER TABLE leerplicht.meldingen ADD COLUMN IF NOT EXISTS corrigeert_melding_id uuid NULL;
ALTER TABLE leerplicht.meldingen ADD COLUMN IF NOT EXISTS trekt_in_melding_id uuid NULL;

-- A melding is corrected or withdrawn at most once: a later one names the newest version.
CREATE UNIQUE INDEX IF NOT EXISTS meldingen_een_correctie
    ON leerplicht.meldingen (corrigeert_melding_id) WHERE corrigeert_melding_id IS NOT NULL;
CREATE UNIQUE INDEX IF NOT EXISTS meldingen_een_intrekking
    ON leerplicht.meldingen (trekt_in_melding_id) WHERE trekt_in_melding_id IS NOT NULL;

-- Exactly one deadline event per case, whichever replica or restart finds it first.
CREATE UNIQUE INDEX IF NOT EXISTS meldingen_een_termijn
    ON leerplicht.meldingen (zaak_id) WHERE soort = 'termijn-overschreden';

CREATE INDEX IF NOT EXISTS meldingen_per_zaak ON leerplicht.meldingen (zaak_id, ontvangen_op);
CREATE INDEX IF NOT EXISTS zaken_open ON leerplicht.zaken (gemeente) WHERE einddatum IS NULL AND ingetrokken_op IS NULL;
