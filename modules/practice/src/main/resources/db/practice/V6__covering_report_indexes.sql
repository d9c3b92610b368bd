-- The organization report's two practice counts read every matching session of an organization in the period; with
-- indexes that end at the date, each of those thousands of sessions was a look-up in the table, which at 3,000,000
-- sessions (setup/bench/reports) took about 350 ms per query once the table no longer fit in memory. These indexes
-- hold every column the two queries read, so MariaDB answers from the index alone; they replace the two they extend.
CREATE INDEX prc_session_report_cover
    ON prc_session (organization_id, status, session_date, modality, population, risk_level, minutes);
DROP INDEX prc_session_report ON prc_session;
CREATE INDEX prc_session_decided_cover
    ON prc_session (organization_id, decided_at, decided_by, status, supervisor_id);
DROP INDEX prc_session_decided ON prc_session;
