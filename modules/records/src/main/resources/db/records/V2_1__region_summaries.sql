-- Summaries a region's coordinators read (records.application.RegionDashboard), kept current by the other
-- contexts' events (practice's PracticeApproved, credentials' StandingChanged, identity's MembershipChanged) and
-- rebuilt from their ledgers on demand (records.application.RegionSummaryUpkeep). They name nobody on a page:
-- person_id is here only so that a change to one person replaces that person's rows.

-- Approved practice per organization and month of approval (China time): service (hotline, online chat, face to
-- face, group) and training (role-play, observation) minutes, reversals netted out.
CREATE TABLE rec_org_month (
    organization_id  BIGINT  NOT NULL,
    month            CHAR(7) NOT NULL,
    service_minutes  BIGINT  NOT NULL DEFAULT 0,
    service_sessions BIGINT  NOT NULL DEFAULT 0,
    training_minutes BIGINT  NOT NULL DEFAULT 0,
    PRIMARY KEY (organization_id, month)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each volunteer membership (kind MEMBER, never expiring) and each credential of the member valid as that
-- organization sees it (its own suspensions applied), with its end of validity: the dashboard counts rows whose
-- valid_until is still ahead, so an expiry needs no event. tier_rank 1..4 for L1..L4, endorsement_bit 1 << ordinal.
CREATE TABLE rec_standing (
    organization_id BIGINT      NOT NULL,
    person_id       BIGINT      NOT NULL,
    kind            VARCHAR(20) NOT NULL,
    tier_rank       TINYINT     NOT NULL,
    endorsement_bit INT         NOT NULL,
    valid_until     DATETIME(6) NOT NULL,
    PRIMARY KEY (organization_id, person_id, kind)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- When the summaries were last rebuilt from the ledgers (one row); none yet: the first start rebuilds them.
CREATE TABLE rec_summary_state (
    id       TINYINT     NOT NULL PRIMARY KEY,
    built_at DATETIME(6) NOT NULL
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
