-- Indexes for the organization reports' counts (records' OrganizationFigures through practice's PracticeFigures):
-- approved practice of one organization in a period, and one supervisor's sessions and decisions.
CREATE INDEX prc_session_report ON prc_session (organization_id, status, session_date);
CREATE INDEX prc_session_by_supervisor ON prc_session (organization_id, supervisor_id, status);
CREATE INDEX prc_session_decided ON prc_session (organization_id, decided_at);
