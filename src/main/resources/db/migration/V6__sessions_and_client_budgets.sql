-- Sign-in state that every instance on one database must share: browser sessions (so that signing out
-- or disabling an account holds everywhere) and per-client budgets (the sign-in throttle and the
-- public suggestion limit). Portable SQL: H2 and PostgreSQL.

alter table account add column disabled_at timestamp with time zone;

-- one row per signed-in browser; the cookie holds a random id, the table only its SHA-256
create table browser_session (
    id_hash       varchar(64)  not null primary key,
    username      varchar(100) not null,
    created_at    timestamp with time zone not null,
    last_seen_at  timestamp with time zone not null
);
create index ix_browser_session_username on browser_session (username);
create index ix_browser_session_last_seen on browser_session (last_seen_at);

-- a leaky bucket per client and purpose: level drains with time; wait_until, when set, refuses attempts until then
create table client_budget (
    budget_key  varchar(200) not null primary key,
    level       double precision not null,
    updated_at  timestamp with time zone not null,
    wait_until  timestamp with time zone
);
create index ix_client_budget_updated on client_budget (updated_at);
