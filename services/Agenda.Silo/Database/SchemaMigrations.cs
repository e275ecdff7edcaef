namespace Agenda.Silo.Database;

/// <summary>The schema's history, one script per version. Append only: a released script never changes.</summary>
public static class SchemaMigrations
{
    public static IReadOnlyList<string> Scripts { get; } =
    [
        // 1: the event store and the reference data.
        """
        create table agenda.events (
            event_id        uuid primary key,
            sequence_number bigint generated always as identity unique,
            event_type      text not null,
            zaak_id         uuid,
            gemeente        text not null,
            brin            text,
            swv             text,
            payload         jsonb not null,
            occurred_at     timestamptz not null,
            stored_at       timestamptz not null
        );
        create index events_gemeente on agenda.events (gemeente, sequence_number);
        create index events_brin on agenda.events (brin, sequence_number) where brin is not null;
        create index events_swv on agenda.events (swv, sequence_number) where swv is not null;

        create table agenda.referentiedata_versies (
            versie     text primary key,
            schooljaar text not null,
            geladen_op timestamptz not null
        );
        create table agenda.gemeenten (
            code              text primary key,
            naam              text not null,
            jongeren_5_tot_18 int not null,
            schooljaar        text not null
        );
        create table agenda.samenwerkingsverbanden (
            code   text primary key,
            naam   text not null,
            sector text not null
        );
        create table agenda.scholen (
            brin       text primary key,
            naam       text not null,
            soort      text not null,
            gemeente   text not null,
            swv        text not null references agenda.samenwerkingsverbanden (code),
            leerlingen int not null
        );
        """,

        // 2: every event kind. Routing becomes one scopes array (own scopes plus those of the entity's
        // earlier events), backfilled from the old routing columns, which go; zaak_id names any entity now.
        // Counts move to a table per school year; the register is reseeded in the new shape.
        """
        alter table agenda.events add column scopes text[] not null default '{}';
        update agenda.events set scopes = array_remove(array[
            'gemeente:' || gemeente,
            case when gemeente in ('GM1680', 'GM0106', 'GM1731', 'GM1730') then 'regio:22.01' end,
            case when swv is not null then 'school:' || brin end,
            case when swv is not null then 'swv:' || swv end], null);
        alter table agenda.events alter column scopes drop default;
        create index events_scopes on agenda.events using gin (scopes);
        drop index agenda.events_gemeente;
        drop index agenda.events_brin;
        drop index agenda.events_swv;
        alter table agenda.events drop column gemeente, drop column brin, drop column swv;
        alter table agenda.events rename column zaak_id to entiteit_id;
        create index events_entiteit on agenda.events (entiteit_id, sequence_number);

        create table agenda.tellingen (
            schooljaar text not null,
            soort      text not null check (soort in ('jongeren-5-tot-18', 'leerlingen')),
            sleutel    text not null,
            aantal     int not null,
            bron       text not null,
            primary key (schooljaar, soort, sleutel)
        );
        alter table agenda.gemeenten drop column jongeren_5_tot_18, drop column schooljaar;
        alter table agenda.scholen drop column leerlingen;
        alter table agenda.referentiedata_versies drop column schooljaar;
        delete from agenda.referentiedata_versies;
        """,

        // 3: the grains' catch-up reads what was stored since they last looked.
        """
        create index events_stored_at on agenda.events (stored_at);
        """,

        // 4: the store keeps no case reference (docs/retention.md): no fold reads it, and the intake service that owns
        // it removes it after the retention period. The one change to stored payloads; new ones are stored without it.
        """
        update agenda.events set payload = payload - 'casusReferentie'
            where event_type = 'ThuiszitterGemeld' and payload ? 'casusReferentie';
        update agenda.events set payload = payload - 'referentie'
            where event_type in ('EedVerwijzingGemeld', 'ComplexeCasusGemeld') and payload ? 'referentie';
        """,
    ];
}
