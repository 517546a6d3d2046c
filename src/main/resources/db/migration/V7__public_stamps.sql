-- When each public record's answers last changed, as the public sees them (package
-- uk.goodpractice.directory.published): one row per record ("initiatives/lifelong-links"), with a
-- SHA-256 of its public answers (summary, detail and, for an edition, its matrix) without their own
-- updatedAt. The snapshot build moves updated_at when that hash changes, so a change to anything an
-- answer embeds (an edition's label, a contact, an area's name, a count) moves the answer's updatedAt,
-- and a change only a draft shows moves nothing. Portable SQL: H2 and PostgreSQL.
-- Backfill: the first build after this migration finds the table empty and stamps every record with
-- its own updated_at (its last edit), since when its embedded records changed is not known.
create table public_stamp (
    path          varchar(300) not null primary key,
    content_hash  varchar(64)  not null,
    updated_at    timestamp with time zone not null
);
