-- Editing beyond initiatives: soft deletes for editions, contacts, areas and driver mappings,
-- and a version on driver mappings so that each carries its own ETag.

alter table edition add column deleted_at timestamp with time zone;
create index ix_edition_deleted on edition (deleted_at);

alter table contact add column deleted_at timestamp with time zone;
create index ix_contact_deleted on contact (deleted_at);

alter table area add column deleted_at timestamp with time zone;
create index ix_area_deleted on area (deleted_at);

alter table driver_mapping add column deleted_at timestamp with time zone;
alter table driver_mapping add column version bigint not null default 0;
create index ix_driver_mapping_deleted on driver_mapping (deleted_at);
create index ix_driver_mapping_initiative on driver_mapping (initiative_id, edition_id);
