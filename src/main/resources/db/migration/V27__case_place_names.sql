-- cases: the city of identification and the places of recruitment and of exploitation are free text that can name a
-- village, a neighbourhood or a household — with a date and an age, enough to identify a child. They are encrypted by
-- the application like names (docs/decisions/0011-place-names.md); the countries stay in clear for lists, filters
-- and statistics. A ciphertext is longer than the 120 characters a place may have (checked by the application), so
-- the columns become text (no rewrite of the tables: varchar to text changes no stored value). V28 encrypts the places
-- already stored.
alter table case_file alter column identified_city type text;
alter table case_profile alter column recruitment_place type text,
                         alter column exploitation_place type text;
