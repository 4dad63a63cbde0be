-- audit: the chain is sealed with a keyed MAC (HMAC-SHA-256) whose key is configured outside the database
-- (sankofa.audit.keys.<id>), so that a database superuser can no longer recompute it (docs/decisions/0002).
-- Each entry names the key that sealed it; entries written before this migration keep their plain SHA-256 and no key
-- id, and are anchored by the first keyed entry (AUDIT_CHAIN_ANCHORED), which the application appends at start-up.
-- Adding a nullable column rewrites no row: the append-only triggers are not involved.
alter table audit_entry add column key_id varchar(32);
