-- A time-based code is accepted once: the time step (Unix seconds / 30) of the last code accepted for the account.
-- A code of that step or an earlier one is refused, so a code seen over someone's shoulder or caught in transit
-- cannot be replayed within its 30-90 seconds of validity (ASVS 2.8.4).
alter table app_user add column totp_last_step bigint;
