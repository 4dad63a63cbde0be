-- Every node keeps the owners of API tokens in memory for a short time (identity/internal/TokenOwners). A change
-- that decides what a token may do — the token revoked or its expiry moved, the account disabled, renamed, moved to
-- another office or language, its roles or its second factor changed, the account deleted — is announced on the
-- channel sankofa_identity with the account's id, delivered to every listening node when the transaction commits, so
-- that each forgets what it kept of that account. Triggers, so that no way of changing these rows (the application,
-- an administrator's SQL) is missed. Failed sign-ins and last-use times are not such changes and announce nothing.

create function account_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('sankofa_identity', (case when tg_op = 'DELETE' then old.id else new.id end)::text);
    return null;
end $$;

create function account_part_changed() returns trigger language plpgsql as $$
begin
    perform pg_notify('sankofa_identity', (case when tg_op = 'DELETE' then old.user_id else new.user_id end)::text);
    if tg_op = 'UPDATE' and old.user_id <> new.user_id then
        perform pg_notify('sankofa_identity', old.user_id::text);
    end if;
    return null;
end $$;

create trigger app_user_changed
    after update of username, display_name, organisation_id, office_id, locale, enabled, totp_enabled, password_hash
       or delete on app_user
    for each row execute function account_changed();

create trigger user_role_changed after insert or update or delete on user_role
    for each row execute function account_part_changed();

create trigger api_token_changed after update of revoked_at, expires_at, user_id or delete on api_token
    for each row execute function account_part_changed();
