-- audit: several chains instead of one, so that appends do not queue on one lock. Until now every entry was sealed
-- after the one before it under the lock of the single head row, held until the appending transaction commits: every
-- view of names by anyone in any office waited for every other. Now there are 16 chains, each with its own head; an
-- append takes the first head no other transaction holds (select … for update skip locked), so up to 16 appends run
-- at once and a transaction keeps the chain it took. Each chain is numbered without gaps (seq) and sealed as before;
-- entry ids come from a sequence and only order the log. Existing entries are chain 1, numbered by their id (which
-- had no gaps), so their seals stay valid as they are (docs/decisions/0002-hash-chained-audit-log.md).

alter table audit_entry disable trigger audit_entry_no_update;
alter table audit_entry add column chain smallint not null default 1 check (chain between 1 and 16);
alter table audit_entry add column seq bigint;
update audit_entry set seq = id;
alter table audit_entry alter column seq set not null;
alter table audit_entry enable trigger audit_entry_no_update;
create unique index audit_entry_by_chain on audit_entry (chain, seq);

create sequence audit_entry_id_seq owned by audit_entry.id;
select setval('audit_entry_id_seq', coalesce((select max(id) from audit_entry), 0) + 1, false);
alter table audit_entry alter column id set default nextval('audit_entry_id_seq');

alter table audit_chain_head rename column last_id to last_seq;
alter table audit_chain_head drop constraint audit_chain_head_id_check;
alter table audit_chain_head add constraint audit_chain_head_id_check check (id between 1 and 16);
-- chain c > 1 starts from its own genesis, so that no entry can be moved from one chain to another unnoticed
insert into audit_chain_head (id, last_seq, last_hash)
select c, 0, encode(sha256(convert_to('sankofa audit chain ' || c, 'UTF8')), 'hex') from generate_series(2, 16) c;
