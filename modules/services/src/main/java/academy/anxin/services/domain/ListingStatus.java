package academy.anxin.services.domain;

/**
 * Where an organization's listing stands, as the public is told it. Only {@code LISTED} shows in the directory;
 * the others show only when someone searches for the organization by name, so that a fake or a withdrawn service
 * is recognisable. {@code NOT_LISTED}: no listing, or an application still waiting.
 */
public enum ListingStatus {
    LISTED, NOT_LISTED, REFUSED, WITHDRAWN
}
