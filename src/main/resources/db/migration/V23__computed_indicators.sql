-- computed indicators (docs/decisions/0009-computed-indicators.md): the plans module counts victims identified,
-- assisted and returned in a period through org.sankofa.statistics.VictimStatistics, one aggregate query per value.
-- Each query starts from its date, so each date gets an index; the identification index carries the columns the
-- breakdowns and the country filter read, so a period is counted by an index-only scan.
create index if not exists case_file_statistics
    on case_file (identified_on)
    include (identified_country, citizenship, trafficking_status, sex, age_at_identification, exploitation_types);
create index if not exists case_service_by_delivery on case_service (delivered_on, case_id);
create index if not exists case_return_plan_arrivals on case_return_plan (arrived_on, case_id) where status = 'ARRIVED';

-- aggregate criminal-justice figures are broken down by citizenship (national / foreign), as UNODC's global report
-- asks: a new dimension of the values' parts
alter table indicator_value_part drop constraint if exists indicator_value_part_dimension_check;
alter table indicator_value_part add constraint indicator_value_part_dimension_check
    check (dimension in ('SEX', 'AGE_GROUP', 'COUNTRY', 'FORM_OF_EXPLOITATION', 'CITIZENSHIP'));
