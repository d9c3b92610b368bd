-- Case matching ranks an organization's volunteers by their approved minutes serving one population: one index
-- answers it without reading the organization's other sessions.
CREATE INDEX prc_session_experience ON prc_session (organization_id, population, status);
