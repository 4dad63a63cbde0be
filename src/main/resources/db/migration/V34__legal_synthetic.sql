-- legal: the demo's illustration of the harmonisation matrix is synthetic, and the data, the pages and the exports
-- say so (issue 11): a synthetic status is never a legal fact. A status recorded or imported by a person is not
-- synthetic; editing a synthetic status makes it the editor's, with the editor's source.
alter table legal_status add column synthetic boolean not null default false;
