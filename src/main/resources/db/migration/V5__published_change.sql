-- One row whose counter every transaction that changes what the public can see increases, so that
-- each instance's published snapshot (package uk.goodpractice.directory.published) notices commits
-- made by another instance on a shared database by polling one cheap row.
-- The initiative's unpublished_at tells mirrors (GET /api/v1/deletions) that a published record
-- went back to draft.
create table published_change (
    id integer not null primary key,
    counter bigint not null
);
insert into published_change (id, counter) values (1, 0);

alter table initiative add column unpublished_at timestamp with time zone;
