namespace Ontwikkelagenda.Agenda.Silo.Database;

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
    ];
}
