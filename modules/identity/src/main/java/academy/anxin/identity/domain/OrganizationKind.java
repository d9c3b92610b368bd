package academy.anxin.identity.domain;

/** What kind of agency an organization is; it decides nothing yet, but reports and case rules will use it. */
public enum OrganizationKind {
    HOTLINE,
    COMMUNITY_SITE,
    NGO,
    HOSPITAL,
    SCHOOL
}
