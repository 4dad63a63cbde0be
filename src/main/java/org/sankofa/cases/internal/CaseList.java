package org.sankofa.cases.internal;

import java.nio.charset.StandardCharsets;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.cases.CaseFilter;
import org.sankofa.cases.CaseId;
import org.sankofa.cases.CasePage;
import org.sankofa.cases.CaseShare;
import org.sankofa.cases.CaseSummary;
import org.sankofa.cases.internal.protection.FieldCipher;
import org.sankofa.cases.internal.protection.NameMatcher;
import org.sankofa.cases.internal.protection.NameSearchKeys;
import org.sankofa.directory.Directory;
import org.sankofa.directory.OfficeId;
import org.sankofa.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The case list and the name search, with need to know in the SQL of every query (rows and total alike).
 *
 * <p>The list is read by keyset (the cursor is the last row's sort key and id, never an offset), one branch per part
 * of the scope ({@link CaseScope#branches}), each on an office index (case_file_list_covering and the filter indexes
 * of V17). Its total is counted only when asked ({@link #count}), up to {@link CasePage#TOTAL_CAP}. The name search
 * merges, word by word, the blind-index rows of the person's office (one key per word, docs/decisions/0004), keeps at
 * most {@value #MAX_CANDIDATES} candidates in scope, decrypts their names and ranks them in memory with
 * {@link NameMatcher}. Names appear only in search results, and each case shown with its name is recorded as viewed.
 * The query itself is never logged.
 */
@Service
public class CaseList {

    static final int MAX_CANDIDATES = 200;
    static final int MAX_QUERY_WORDS = 6;
    private static final String ACTIVE_REFERRAL = "status in ('SENT', 'ACCEPTED', 'COMPLETED')";

    private final JdbcClient jdbc;
    private final CaseGuard guard;
    private final FieldCipher cipher;
    private final NameSearchKeys nameKeys;
    private final NameMatcher matcher;
    private final AuditLog audit;
    private final Directory directory;
    private final CaseFacets facets;

    CaseList(JdbcClient jdbc, CaseGuard guard, FieldCipher cipher, NameSearchKeys nameKeys, NameMatcher matcher,
            AuditLog audit, Directory directory, CaseFacets facets) {
        this.jdbc = jdbc;
        this.facets = facets;
        this.guard = guard;
        this.cipher = cipher;
        this.nameKeys = nameKeys;
        this.matcher = matcher;
        this.audit = audit;
        this.directory = directory;
    }

    /**
     * A page of the cases this person may see, filtered and sorted, without a total: counting is the expensive part of
     * a filtered list (it reads every match, or every entry of the office for a rare filter), so it is asked for
     * separately ({@link #count}).
     */
    @Transactional(readOnly = true)
    public CasePage list(CurrentUser user, CaseFilter filter) {
        return list(user, filter, false);
    }

    /** A page of the cases this person may see, filtered and sorted, with the total when {@code counted}. */
    @Transactional(readOnly = true)
    public CasePage list(CurrentUser user, CaseFilter filter, boolean counted) {
        CaseScope scope = guard.scopeOf(user);
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String filters = filters(scope, filter, params);
        String keyset = "";
        if (filter.cursor() != null) {
            Cursor cursor = Cursor.decode(filter.cursor(), filter.sort());
            params.put("cursorId", cursor.id());
            if (filter.sort() == CaseFilter.Sort.NUMBER) {
                params.put("cursorNumber", cursor.key());
                keyset = " and (c.case_number, c.id) > (:cursorNumber, :cursorId)";
            } else {
                params.put("cursorDate", Date.valueOf(LocalDate.parse(cursor.key())));
                keyset = " and (c.identified_on, c.id) < (:cursorDate, :cursorId)";
            }
        }
        String order = filter.sort() == CaseFilter.Sort.NUMBER ? " order by c.case_number, c.id"
                : " order by c.identified_on desc, c.id desc";
        params.put("limit", filter.size() + 1);
        // the page's ids first, one ordered, limited branch per part of the scope (an office's own cases, the cases it
        // transferred away), merged in the same order; then the rows of those ids only. A branch walks the office's
        // covering index (case_file_list_covering holds every column filtered on, so a filter reads index entries,
        // never the table) — unless the office's facet counts say the filter's matches are rare: then the own
        // cases' branch reads just them, by facet (case_file_by_office_facet), and sorts them
        CaseFacets.Match rare = facets(scope, filter, false);
        if (rare != null && !rare.rare(filter.size() + 1)) {
            rare = null;
        }
        if (rare != null) {
            params.put("facets", rare.facetArray());
            // a plan for these facets, not a generic one: planned for "some array", PostgreSQL walks the whole office
            // testing each entry's facet (1.4 s for an empty filter at 1,000,000 cases, docs/benchmarks.md); and no
            // parallel workers, whose start costs more (5 ms) than reading a few rows
            jdbc.sql("select set_config('plan_cache_mode', 'force_custom_plan', true),"
                    + " set_config('max_parallel_workers_per_gather', '0', true)").query().listOfRows();
        }
        List<String> branches = new ArrayList<>();
        List<String> scopeBranches = scope.branches("c");
        for (int i = 0; i < scopeBranches.size(); i++) {
            boolean own = i == 0 && rare != null; // the own cases' branch comes first (CaseScope#branches)
            if (own && rare.matched() == 0) {
                continue; // the office holds no match: nothing to read
            }
            branches.add("select c.id, c.identified_on, c.case_number from case_file c where " + scopeBranches.get(i)
                    + filters + (own ? rare.condition() : "") + keyset + order + " limit :limit");
        }
        List<Row> rows = List.of();
        if (!branches.isEmpty()) {
            String page = branches.size() == 1 ? branches.get(0)
                    : "(" + String.join(") union all (", branches) + ")" + order.replace("c.", "") + " limit :limit";
            String sql = "with page as materialized (" + page + ") " + select(scope)
                    + " join page on page.id = c.id" + order.replace("c.", "page.");
            rows = jdbc.sql(sql).params(params).query((rs, n) -> row(rs)).list();
        }
        String next = null;
        if (rows.size() > filter.size()) {
            rows = rows.subList(0, filter.size());
            Row last = rows.get(rows.size() - 1);
            next = filter.sort() == CaseFilter.Sort.NUMBER ? Cursor.encode("N", last.caseNumber(), last.id())
                    : Cursor.encode("D", last.identifiedOn().toString(), last.id());
        }
        Map<Long, String> codes = officeCodes(rows);
        List<CaseSummary> items = rows.stream().map(r -> r.summary(null, codes.get(r.officeId()))).toList();
        if (!counted) {
            return CasePage.uncounted(items, next);
        }
        CaseCount total = count(scope, filter);
        return new CasePage(items, next, total.total(), total.lowerBound());
    }

    /** How many cases in scope pass the filters (the cursor is ignored), counted up to {@link CasePage#TOTAL_CAP}. */
    public record CaseCount(long total, boolean lowerBound) {
    }

    /** How many cases this person may see pass the filters, counted up to {@link CasePage#TOTAL_CAP}. */
    @Transactional(readOnly = true)
    public CaseCount count(CurrentUser user, CaseFilter filter) {
        return count(guard.scopeOf(user), filter);
    }

    private CaseCount count(CaseScope scope, CaseFilter filter) {
        Map<String, Object> params = new HashMap<>(scope.parameters());
        String filters = filters(scope, filter, params);
        // the office's own cases are counted by its facet counts when the filter is on facet columns only (exactly,
        // without reading a case); the cases it transferred away, and other filters, by their rows
        CaseFacets.Match own = facetsOnly(filter) ? facets(scope, filter, true) : null;
        long found = own == null ? 0 : own.matched();
        // one more than the cap, so that exactly TOTAL_CAP matches are not called a lower bound
        params.put("countLimit", CasePage.TOTAL_CAP + 1);
        List<String> branches = new ArrayList<>();
        for (String branch : scope.branches("c")) {
            branches.add("select 1 from case_file c where " + branch + filters + " limit :countLimit");
        }
        if (own != null) {
            branches.remove(0); // the own cases' branch comes first (CaseScope#branches)
        }
        if (!branches.isEmpty() && found <= CasePage.TOTAL_CAP) {
            String counted = branches.size() == 1 ? branches.get(0)
                    : "select 1 from ((" + String.join(") union all (", branches) + ")) scoped limit :countLimit";
            found += jdbc.sql("select count(*) from (" + counted + ") counted").params(params).query(Long.class)
                    .single();
        }
        return new CaseCount(Math.min(found, CasePage.TOTAL_CAP), found > CasePage.TOTAL_CAP);
    }

    /** Whether a filter conditions only the facet columns (and the own office, if it names an office at all). */
    private static boolean facetsOnly(CaseFilter f) {
        return f.officeId() == null && f.identifiedFrom() == null && f.identifiedTo() == null && f.ageBand() == null;
    }

    /**
     * The cases whose person's name matches the query (spelling variants, any word order), best first, among those
     * this person may see and that pass the filters; names shown only where allowed, each view recorded.
     */
    @Transactional
    public CasePage search(CurrentUser user, String query, CaseFilter filter, String via) {
        CaseScope scope = guard.scopeOf(user);
        List<Long> words = nameKeys.searchKeys(query == null ? "" : query);
        if (words.isEmpty()) {
            return new CasePage(List.of(), null, 0);
        }
        if (words.size() > MAX_QUERY_WORDS) {
            words = words.subList(0, MAX_QUERY_WORDS);
        }
        Map<String, Object> params = new HashMap<>(scope.parameters());
        // one index entry list per word (case_name_key_pkey: name key, office, case), in case order within an
        // office, joined on the case: PostgreSQL merges them instead of hashing every entry of a common name
        boolean office = scope instanceof CaseScope.OfficeCases;
        StringBuilder named = new StringBuilder("select k0.case_id from case_name_key k0");
        for (int i = 1; i < words.size(); i++) {
            named.append(" join case_name_key k").append(i).append(" on k").append(i).append(".case_id = k0.case_id")
                    .append(" and k").append(i).append(".name_key = :w").append(i)
                    .append(office ? " and k" + i + ".office_id = :scopeOfficeId" : "");
        }
        named.append(" where k0.name_key = :w0").append(office ? " and k0.office_id = :scopeOfficeId" : "");
        for (int i = 0; i < words.size(); i++) {
            params.put("w" + i, words.get(i));
        }
        String where = where(scope, filter, params);
        if (scope.partner()) {
            where += " and " + partnerShares("NAME");
        }
        params.put("limit", MAX_CANDIDATES);
        // the name keys lead (a merge of the words' lists, stopped once enough candidates are in scope), then the
        // candidates' names by primary key; nothing is ordered, so nothing walks an office in list order. Only the
        // names are read for ranking: the rest of a row is read for the page's best few only
        List<Named> candidates = jdbc.sql("select c.id, p.given_names, p.family_name, p.aliases from case_file c"
                        + " join case_person p on p.case_id = c.id join (" + named + ") named on named.case_id = c.id"
                        + " where " + where + " limit :limit")
                .params(params).query((rs, n) -> named(rs)).list();
        List<NameMatcher.Ranked<Named>> ranked = matcher.rank(query, candidates, Named::searchableName);
        List<Named> best = ranked.subList(0, Math.min(filter.size(), ranked.size())).stream()
                .map(NameMatcher.Ranked::candidate).toList();
        Map<Long, Row> rows = new HashMap<>();
        if (!best.isEmpty()) {
            params.put("ids", best.stream().map(Named::id).toArray(Long[]::new));
            jdbc.sql(select(scope) + " where c.id = any(:ids) and " + where).params(params)
                    .query((rs, n) -> row(rs)).list().forEach(row -> rows.put(row.id(), row));
        }
        Map<Long, String> codes = officeCodes(List.copyOf(rows.values()));
        List<CaseSummary> shown = new ArrayList<>();
        List<AuditEvent> views = new ArrayList<>();
        for (Named match : best) {
            Row row = rows.get(match.id());
            if (row == null) {
                continue; // moved out of scope between the two reads: not shown
            }
            shown.add(row.summary(match.displayName(), codes.get(row.officeId())));
            views.add(AuditEvent.of(user.getUsername(), "CASE_VIEWED", "case", row.id(), "via=" + via));
        }
        audit.recordAll(views); // one view recorded per case shown with its name
        return new CasePage(shown, null, ranked.size());
    }

    /** An office one may filter by: its id and code. */
    public record OfficeChoice(long id, String code) {
    }

    /** The offices whose cases this person may see: their own office, or for a partner those of referred cases. */
    @Transactional(readOnly = true)
    public List<OfficeChoice> offices(CurrentUser user) {
        CaseScope scope = guard.scopeOf(user);
        List<OfficeId> ids;
        if (scope instanceof CaseScope.OfficeCases office) {
            ids = List.of(new OfficeId(office.officeId()));
        } else if (scope instanceof CaseScope.ReferredCases partner) {
            // from the partner's referrals (case_referral_by_partner), never a scan of every case
            ids = jdbc.sql("select distinct c.office_id from case_referral r join case_file c on c.id = r.case_id"
                    + " where r.partner_org_id = ? and r." + ACTIVE_REFERRAL).param(partner.organisationId())
                    .query(Long.class).stream().map(OfficeId::new).toList();
        } else {
            return List.of();
        }
        return directory.offices(ids).values().stream().map(o -> new OfficeChoice(o.id().value(), o.code()))
                .sorted(Comparator.comparing(OfficeChoice::code)).toList();
    }

    /**
     * The codes of the offices of these rows, from the directory in one lookup (a page's rows are of one office, or of
     * a few for a partner or an office that transferred cases away).
     */
    private Map<Long, String> officeCodes(List<Row> rows) {
        Set<OfficeId> ids = rows.stream().map(r -> new OfficeId(r.officeId())).collect(Collectors.toSet());
        Map<Long, String> codes = new HashMap<>();
        directory.offices(ids).forEach((id, office) -> codes.put(id.value(), office.code()));
        return codes;
    }

    private String where(CaseScope scope, CaseFilter f, Map<String, Object> params) {
        return scope.predicate("c") + filters(scope, f, params);
    }

    /** The filters' conditions, each starting with {@code and}, to follow a scope predicate. */
    private String filters(CaseScope scope, CaseFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (f.officeId() != null) {
            where.append(" and c.office_id = :officeId");
            params.put("officeId", f.officeId());
        }
        if (f.identifiedFrom() != null) {
            where.append(" and c.identified_on >= :from");
            params.put("from", Date.valueOf(f.identifiedFrom()));
        }
        if (f.identifiedTo() != null) {
            where.append(" and c.identified_on <= :to");
            params.put("to", Date.valueOf(f.identifiedTo()));
        }
        if (f.ageBand() != null) {
            where.append(" and c.age_at_identification between :ageMin and :ageMax");
            params.put("ageMin", f.ageBand().min());
            params.put("ageMax", f.ageBand().max());
        }
        where.append(facetConditions(f, params));
        if (f.exploitationType() != null && scope.partner()) {
            where.append(" and ").append(partnerShares("PROFILE"));
        }
        boolean personFilter = f.sex() != null || f.ageBand() != null || f.child() != null || f.nationality() != null;
        if (personFilter && scope.partner()) {
            // a partner may not learn, through a filter, what its referral does not share
            where.append(" and ").append(partnerShares("AGE_SEX"));
        }
        return where.toString();
    }

    /**
     * The conditions on the five facet columns (status, sex, child, nationality, exploitation type), each starting
     * with {@code and}: the same text filters case_file and the office's facet counts (CaseFacets), whose columns
     * have the same names.
     */
    private static String facetConditions(CaseFilter f, Map<String, Object> params) {
        StringBuilder where = new StringBuilder();
        if (f.status() != null) {
            where.append(" and c.status = :status");
            params.put("status", f.status().value());
        }
        if (f.sex() != null) {
            where.append(" and c.sex = :sex");
            params.put("sex", f.sex().value());
        }
        if (f.child() != null) {
            where.append(" and c.is_child = :child");
            params.put("child", f.child());
        }
        if (f.nationality() != null) {
            where.append(" and c.citizenship = :nationality");
            params.put("nationality", f.nationality());
        }
        if (f.exploitationType() != null) {
            where.append(" and c.exploitation_types @> cast(:exploitation as varchar[])");
            params.put("exploitation", CaseWriter.textArray(List.of(f.exploitationType().value())));
        }
        return where.toString();
    }

    /**
     * What the office's facet counts say about this filter, for the office's own cases: only for an office's scope
     * and a filter on some facet column ({@code always}: even without one, for totals).
     */
    private CaseFacets.Match facets(CaseScope scope, CaseFilter f, boolean always) {
        if (!(scope instanceof CaseScope.OfficeCases office)) {
            return null;
        }
        Map<String, Object> params = new HashMap<>();
        String conditions = facetConditions(f, params);
        if (conditions.isEmpty() && !always) {
            return null;
        }
        return facets.match(office.officeId(), conditions, params);
    }

    private static String partnerShares(String share) {
        return "exists (select 1 from case_referral sr where sr.case_id = c.id"
                + " and sr.partner_org_id = :scopeOrganisationId and sr." + ACTIVE_REFERRAL
                + " and '" + share + "' = any(sr.shares))";
    }

    private static String select(CaseScope scope) {
        String shares = scope.partner()
                ? "array(select distinct unnest(r.shares) from case_referral r where r.case_id = c.id"
                        + " and r.partner_org_id = :scopeOrganisationId and r." + ACTIVE_REFERRAL + ")"
                : "cast(null as varchar[])";
        return "select c.id, c.case_number, c.office_id, c.identified_on, c.status, c.sex,"
                + " c.age_at_identification, c.age_estimated, c.is_child, c.citizenship, c.exploitation_types, "
                + shares + " as shares from case_file c";
    }

    private Row row(ResultSet rs) throws SQLException {
        Set<CaseShare> shares;
        if (rs.getArray("shares") == null) {
            shares = EnumSet.allOf(CaseShare.class);
        } else {
            shares = EnumSet.noneOf(CaseShare.class);
            for (String value : CaseReader.strings(rs.getArray("shares"))) {
                for (CaseShare share : CaseShare.values()) {
                    if (share.name().equals(value)) {
                        shares.add(share);
                    }
                }
            }
        }
        return new Row(rs.getLong("id"), rs.getString("case_number"), rs.getLong("office_id"),
                CaseReader.localDate(rs, "identified_on"), rs.getString("status"),
                rs.getString("sex"), rs.getInt("age_at_identification"), rs.getBoolean("age_estimated"),
                rs.getBoolean("is_child"), rs.getString("citizenship"),
                CaseReader.strings(rs.getArray("exploitation_types")), shares);
    }

    private Named named(ResultSet rs) throws SQLException {
        return new Named(rs.getLong("id"), cipher.decrypt(rs.getString("given_names"), CaseColumns.GIVEN_NAMES),
                cipher.decrypt(rs.getString("family_name"), CaseColumns.FAMILY_NAME),
                cipher.decrypt(rs.getString("aliases"), CaseColumns.ALIASES));
    }

    /** A candidate of a name search: the case and its person's names, decrypted to be ranked. */
    record Named(long id, String givenNames, String familyName, String aliases) {

        String searchableName() {
            return CaseWriter.searchableName(givenNames, familyName, aliases);
        }

        String displayName() {
            if (givenNames == null) {
                return null;
            }
            return familyName == null ? givenNames : givenNames + " " + familyName;
        }
    }

    /** A row as read, before what the person may not see is left out. */
    record Row(long id, String caseNumber, long officeId, LocalDate identifiedOn, String status,
            String sex, int age, boolean ageEstimated, boolean child, String citizenship,
            List<String> exploitationTypes, Set<CaseShare> shares) {

        CaseSummary summary(String name, String officeCode) {
            boolean ageSex = shares.contains(CaseShare.AGE_SEX);
            boolean profile = shares.contains(CaseShare.PROFILE);
            return new CaseSummary(CaseId.of(id), caseNumber, officeId, officeCode, identifiedOn, status,
                    ageSex ? sex : null, ageSex ? age : null, ageSex ? ageEstimated : null, ageSex ? child : null,
                    ageSex ? citizenship : null, profile ? exploitationTypes : null, name);
        }
    }

    /** The opaque cursor: the last row's sort key and id, base64url-encoded; anything else is a bad request. */
    record Cursor(String key, long id) {

        static String encode(String kind, String key, long id) {
            return Base64.getUrlEncoder().withoutPadding()
                    .encodeToString((kind + "|" + key + "|" + id).getBytes(StandardCharsets.UTF_8));
        }

        static Cursor decode(String value, CaseFilter.Sort sort) {
            try {
                String[] parts = new String(Base64.getUrlDecoder().decode(value), StandardCharsets.UTF_8)
                        .split("\\|", 3);
                String kind = sort == CaseFilter.Sort.NUMBER ? "N" : "D";
                if (parts.length != 3 || !parts[0].equals(kind) || parts[1].length() > 40) {
                    throw new IllegalArgumentException("malformed cursor");
                }
                if (kind.equals("D")) {
                    LocalDate.parse(parts[1]);
                }
                return new Cursor(parts[1], Long.parseLong(parts[2]));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException("malformed cursor");
            }
        }
    }
}
