-- Sign-in without a lock an attacker controls (docs/decisions/0003-sign-in-and-second-factor.md): failed sign-ins
-- make the next attempt wait, per source address and per account tried from that address, instead of locking the
-- account for everyone.

-- The waits. address_key is the SHA-256 of the source address (an IPv6 address by its /64); account_key the SHA-256 of
-- the username tried from it, or '' for the row that counts every account from that address. A name typed is never
-- stored. failures counts the attempts since the row was forgotten, each counted when it starts and given back when
-- it succeeds; a row is forgotten (deleted) once its last failure is older than sankofa.security.failures-forgotten-after
-- and it has no wait left.
create table sign_in_throttle (
    address_key     char(64) not null,
    account_key     varchar(64) not null,
    failures        integer not null check (failures >= 0),
    last_failure_at timestamptz not null,
    wait_until      timestamptz,
    primary key (address_key, account_key)
);
create index sign_in_throttle_by_account on sign_in_throttle (account_key);
create index sign_in_throttle_by_last_failure on sign_in_throttle (last_failure_at);

-- No lock any more: failed_logins now counts the failed sign-ins to the account, from anywhere, since its last sign-in
-- (what the person and the administrators are told about), with the time of the last one.
alter table app_user drop column locked_until;
alter table app_user add column last_failed_login_at timestamptz;
update app_user set failed_logins = 0;
