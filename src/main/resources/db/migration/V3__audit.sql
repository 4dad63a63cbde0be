-- audit: an append-only, hash-chained log. Each entry's hash covers its content and the previous entry's hash,
-- so an altered or removed entry breaks the chain at that point (see AuditVerification).

create table audit_entry (
    id          bigint primary key,
    occurred_at timestamptz not null,
    actor       varchar(60),
    action      varchar(60) not null,
    target_type varchar(60),
    target_id   varchar(100),
    details     text,
    client_ip   varchar(64),
    prev_hash   char(64) not null,
    hash        char(64) not null
);
create index audit_entry_by_time on audit_entry (occurred_at);
create index audit_entry_by_target on audit_entry (target_type, target_id);

-- Appending is the only change the application makes: updates and deletes are refused.
create function audit_entry_is_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit_entry is append-only';
end;
$$;
create trigger audit_entry_no_update before update or delete on audit_entry
    for each row execute function audit_entry_is_append_only();
create trigger audit_entry_no_truncate before truncate on audit_entry
    for each statement execute function audit_entry_is_append_only();

-- The head of the chain, kept apart so that removing the newest entries is detected too.
create table audit_chain_head (
    id        integer primary key check (id = 1),
    last_id   bigint not null,
    last_hash char(64) not null
);
insert into audit_chain_head (id, last_id, last_hash) values (1, 0, repeat('0', 64));
