package academy.anxin.services.infrastructure;

import academy.anxin.identity.domain.OrganizationKind;
import academy.anxin.kernel.domain.DomainException;
import academy.anxin.kernel.domain.RegionCode;
import academy.anxin.kernel.platform.Sql;
import academy.anxin.practice.domain.Population;
import academy.anxin.services.domain.Accessibility;
import academy.anxin.services.domain.CreditCode;
import academy.anxin.services.domain.Hotline;
import academy.anxin.services.domain.Listing;
import academy.anxin.services.domain.ListingDetails;
import academy.anxin.services.domain.ListingVersion;
import academy.anxin.services.domain.Listings;
import academy.anxin.services.domain.ServiceLanguage;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Listings in {@code svc_listing} and their versions in {@code svc_listing_version}, in plain SQL. */
@ApplicationScoped
public class ListingStore implements Listings {

    private static final String LISTING = "SELECT organization_id, published_version, verified_at, verified_by, "
            + "pending_version, refusal_reason, refused_at, withdrawn_at, withdrawal_reason, version, refused_version "
            + "FROM svc_listing ";
    private static final String VERSION = "SELECT id, legal_name, credit_code, kind, region, hotlines, chat_address, "
            + "walk_in_address, walk_in_hours, populations, languages, accessibility, submitted_by, submitted_at "
            + "FROM svc_listing_version ";

    @PersistenceContext(unitName = "services")
    EntityManager em;

    @Override
    public Optional<Listing> ofOrganization(long organizationId) {
        return load("WHERE organization_id = ?", organizationId).stream().findFirst();
    }

    @Override
    public List<Listing> all() {
        return load("ORDER BY organization_id", null);
    }

    @Override
    public void save(Listing listing) {
        for (Optional<ListingVersion> version : List.of(listing.published(), listing.pending(), listing.refused())) {
            if (version.isPresent() && version.get().id() == null) {
                insert(listing.organizationId(), version.get());
            }
        }
        Object[] values = {listing.published().map(ListingVersion::id).orElse(null), Sql.utc(listing.verifiedAt()),
                listing.verifiedBy(), listing.pending().map(ListingVersion::id).orElse(null), listing.refusalReason(),
                Sql.utc(listing.refusedAt()), Sql.utc(listing.withdrawnAt()), listing.withdrawalReason(),
                listing.refused().map(ListingVersion::id).orElse(null)};
        int written;
        if (listing.version() == 0 && ofOrganization(listing.organizationId()).isEmpty()) {
            written = bind(em.createNativeQuery("INSERT INTO svc_listing (published_version, verified_at, verified_by, "
                    + "pending_version, refusal_reason, refused_at, withdrawn_at, withdrawal_reason, refused_version, "
                    + "organization_id, version) VALUES (?,?,?,?,?,?,?,?,?,?,1)"), values, listing.organizationId())
                    .executeUpdate();
        } else {
            jakarta.persistence.Query update = bind(em.createNativeQuery("UPDATE svc_listing SET "
                    + "published_version = ?, verified_at = ?, verified_by = ?, pending_version = ?, refusal_reason = ?, refused_at = ?, "
                    + "withdrawn_at = ?, withdrawal_reason = ?, refused_version = ?, version = version + 1 "
                    + "WHERE organization_id = ? "
                    + "AND version = ?"), values, listing.organizationId());
            written = update.setParameter(values.length + 2, listing.version()).executeUpdate();
        }
        if (written != 1) {
            throw new DomainException("listing.changedMeanwhile");
        }
    }

    private static jakarta.persistence.Query bind(jakarta.persistence.Query query, Object[] values, long organization) {
        for (int i = 0; i < values.length; i++) {
            query.setParameter(i + 1, values[i]);
        }
        return query.setParameter(values.length + 1, organization);
    }

    private void insert(long organizationId, ListingVersion version) {
        ListingDetails d = version.details();
        String hotlines = d.hotlines().stream().map(h -> h.number() + "\t" + h.hours())
                .collect(Collectors.joining("\n"));
        em.createNativeQuery("INSERT INTO svc_listing_version (organization_id, legal_name, credit_code, kind, region, "
                        + "hotlines, chat_address, walk_in_address, walk_in_hours, populations, languages, "
                        + "accessibility, submitted_by, submitted_at) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
                .setParameter(1, organizationId).setParameter(2, d.legalName())
                .setParameter(3, d.creditCode().text()).setParameter(4, d.kind().name())
                .setParameter(5, d.region().text()).setParameter(6, hotlines)
                .setParameter(7, d.chatAddress()).setParameter(8, d.walkInAddress())
                .setParameter(9, d.walkInHours()).setParameter(10, names(d.populations()))
                .setParameter(11, names(d.languages())).setParameter(12, names(d.accessibility()))
                .setParameter(13, version.submittedBy()).setParameter(14, Sql.utc(version.submittedAt()))
                .executeUpdate();
        version.stored(Sql.number(em.createNativeQuery("SELECT LAST_INSERT_ID()").getSingleResult()));
    }

    private List<Listing> load(String where, Long organizationId) {
        jakarta.persistence.Query query = em.createNativeQuery(LISTING + where);
        if (organizationId != null) {
            query.setParameter(1, organizationId);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = query.getResultList();
        List<Long> versionIds = new ArrayList<>();
        for (Object[] row : rows) {
            for (int column : new int[] {1, 4, 10}) {
                if (row[column] != null) {
                    versionIds.add(Sql.number(row[column]));
                }
            }
        }
        Map<Long, ListingVersion> versions = versions(versionIds);
        return rows.stream().map(row -> Listing.restore(Sql.number(row[0]), version(versions, row[1]),
                Sql.instant(row[2]), (String) row[3], version(versions, row[4]), version(versions, row[10]),
                (String) row[5], Sql.instant(row[6]), Sql.instant(row[7]), (String) row[8],
                (int) Sql.number(row[9]))).toList();
    }

    private static ListingVersion version(Map<Long, ListingVersion> versions, Object id) {
        return id == null ? null : versions.get(Sql.number(id));
    }

    private Map<Long, ListingVersion> versions(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return new HashMap<>();
        }
        String in = ids.stream().map(String::valueOf).collect(Collectors.joining(","));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(VERSION + "WHERE id IN (" + in + ")").getResultList();
        return rows.stream().map(ListingStore::version)
                .collect(Collectors.toMap(ListingVersion::id, Function.identity()));
    }

    private static ListingVersion version(Object[] row) {
        List<Hotline> hotlines = ((String) row[5]).isEmpty() ? List.of() : Arrays.stream(((String) row[5]).split("\n"))
                .map(line -> line.split("\t", 2)).map(pair -> new Hotline(pair[0], pair[1])).toList();
        ListingDetails details = new ListingDetails((String) row[1], new CreditCode((String) row[2]),
                OrganizationKind.valueOf((String) row[3]), new RegionCode((String) row[4]), hotlines,
                (String) row[6], (String) row[7], (String) row[8], enums((String) row[9], Population.class),
                enums((String) row[10], ServiceLanguage.class), enums((String) row[11], Accessibility.class));
        return new ListingVersion(Sql.number(row[0]), details, (String) row[12], Sql.instant(row[13]));
    }

    private static String names(Set<? extends Enum<?>> values) {
        return values.stream().map(Enum::name).collect(Collectors.joining(","));
    }

    private static <E extends Enum<E>> Set<E> enums(String text, Class<E> type) {
        return text.isEmpty() ? Set.of() : Arrays.stream(text.split(",")).map(n -> Enum.valueOf(type, n))
                .collect(Collectors.toSet());
    }
}
