-- The note of the last four-eyes decision on a progress report: why it was sent back to its authors, or what the
-- approver added. Not personal data of victims (reports speak of plans), so stored in clear.
alter table progress_report add column decision_note text check (char_length(decision_note) <= 2000);
