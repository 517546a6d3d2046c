-- The version a public answer shows (package uk.goodpractice.directory.published): the record's row
-- version when what the public sees of it last changed, kept beside the hash of those answers so
-- that an edit only a draft shows (which moves the row version) moves no public byte. Null for
-- records whose answers show no version (contacts, areas, delay drivers), and for rows stamped
-- before this column existed: the first build after this migration fills it, keeping the row's
-- updated_at where its answers are what they were. Portable SQL: H2 and PostgreSQL.
alter table public_stamp add column public_version bigint;
