package org.sankofa.audit;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.sankofa.cases.assistance.ReferralStatus;
import org.sankofa.identity.NewUser;
import org.sankofa.identity.Role;
import org.sankofa.identity.RoleGrant;
import org.sankofa.identity.UserAccounts;
import org.sankofa.shared.Languages;
import org.sankofa.support.SankofaTest;
import org.sankofa.support.SignIn;
import org.sankofa.web.Labels;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.MessageSource;
import org.springframework.context.NoSuchMessageException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.MockMvc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * The audit log reads as words: actions, the kind of record, details and addresses in the reader's language, and the
 * actor by name — never {@code CASE_VIEWED}, {@code user 1} or {@code 0:0:0:0:0:0:0:1}.
 */
@SankofaTest
class AuditPageWordsTests {

    private static final Pattern RECORDED = Pattern.compile(
            "(?:AuditEvent\\.of|new AuditEvent)\\(\\s*[^,]+,\\s*\"([A-Z][A-Z_]+)\"");

    private static final Pattern LITERAL = Pattern.compile("\"([A-Za-z_,;=]*)\"");
    private static final Pattern FIELD_ADDED = Pattern.compile(
            "(?:\\b(?:f|fields)\\.add|changed\\(fields,)\\s*\\(?\\s*\"([A-Za-z_]+)\"");

    @Autowired
    MockMvc mvc;
    @Autowired
    Labels labels;
    @Autowired
    UserAccounts users;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MessageSource messages;

    @Test
    void everyActionTheApplicationRecordsHasALabelInEveryLanguage() throws IOException {
        Set<String> actions = new TreeSet<>(recordedInTheSource());
        actions.remove("REFERRAL_");
        Arrays.stream(ReferralStatus.values()).forEach(s -> actions.add("REFERRAL_" + s.name()));
        actions.add("AUDIT_CHAIN_ANCHORED");
        actions.addAll(jdbc.sql("select distinct action from audit_entry").query(String.class).list());
        assertThat(actions).contains("CASE_VIEWED", "LOGIN", "PLAN_CREATED").hasSizeGreaterThan(80);
        List<String> missing = new ArrayList<>();
        for (String action : actions) {
            for (Locale language : Languages.SUPPORTED) {
                try {
                    messages.getMessage("audit.action." + action, null, language);
                } catch (NoSuchMessageException e) {
                    missing.add(action + " in " + language);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    /**
     * The fields a change names ({@code fields=visitedOn,findings}) are shown as words: every field the application
     * can name — the components of the records a form saves whole, the names written in the source, and those already
     * in the log — has a label in every language.
     */
    @Test
    void everyFieldTheLogCanNameHasALabelInEveryLanguage() throws Exception {
        Set<String> fields = new TreeSet<>(namedInTheSource());
        for (String record : List.of("org.sankofa.cases.CaseDraft", "org.sankofa.legal.NewInstrument",
                "org.sankofa.legal.NewStatus", "org.sankofa.legal.NewLaw")) {
            Arrays.stream(Class.forName(record).getRecordComponents()).forEach(c -> fields.add(c.getName()));
        }
        fields.remove("version");
        jdbc.sql("select details from audit_entry where details like '%fields=%'").query(String.class).list()
                .forEach(details -> fields.addAll(Labels.detailPairs(details).getOrDefault("fields", List.of())));
        assertThat(fields).contains("visitedOn", "guardianRelation", "display_name", "shortName")
                .hasSizeGreaterThan(60);
        List<String> missing = new ArrayList<>();
        for (String field : fields) {
            for (Locale language : Languages.SUPPORTED) {
                try {
                    messages.getMessage("audit.detail.fields." + field, null, language);
                } catch (NoSuchMessageException e) {
                    missing.add(field + " in " + language);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void aChangeNamesItsFieldsInTheReadersLanguage() {
        LocaleContextHolder.setLocale(Locale.FRENCH);
        try {
            assertThat(labels.auditDetails("fields=visitedOn,riskLevel"))
                    .isEqualTo("Champs : date de la visite, niveau de risque");
        } finally {
            LocaleContextHolder.resetLocaleContext();
        }
        assertThat(labels.auditDetails("fields=display_name,unknownThing")).isEqualTo("Fields: display name, unknown thing");
    }

    @Test
    void thePageNamesActionsPeopleDetailsAndAddressesInTheReadersLanguage() throws Exception {
        long office = users.findByUsername("caseworker.dakar").orElseThrow().officeId();
        long caseId = jdbc.sql("select min(id) from case_file where office_id = ?").param(office)
                .query(Long.class).single();
        mvc.perform(get("/cases/{id}", caseId).cookie(SignIn.session(mvc, "caseworker.dakar", "sankofa-demo")))
                .andExpect(status().isOk());
        long viewed = jdbc.sql("select max(id) from audit_entry where action = 'CASE_VIEWED'")
                .query(Long.class).single();

        Element english = entry(page(Locale.ENGLISH), viewed);
        String displayName = users.colleaguesByUsername(List.of("caseworker.dakar")).get("caseworker.dakar")
                .displayName();
        assertThat(english.child(2).text()).startsWith(displayName);
        assertThat(english.child(3).text()).isEqualTo("Case viewed");
        assertThat(english.child(4).text()).startsWith("Case ");
        assertThat(english.child(5).text()).startsWith("Seen through: ");

        Document french = page(Locale.FRENCH);
        Element entry = entry(french, viewed);
        assertThat(entry.child(3).text()).isEqualTo("Dossier consulté");
        assertThat(entry.child(5).text()).startsWith("Consulté via : ").doesNotContain("via=");
        assertThat(french.select("#audit-entries td").eachText()).noneMatch(text -> text.matches("[A-Z]+(_[A-Z]+)+"))
                .noneMatch(text -> text.equals("0:0:0:0:0:0:0:1") || text.equals("127.0.0.1"));
    }

    /** The action filter offers every action the log holds, without reading the log for it. */
    @Test
    void theActionFilterOffersEveryActionTheLogHolds() throws Exception {
        List<String> inTheLog = jdbc.sql("select distinct action from audit_entry").query(String.class).list();
        Document page = Jsoup.parse(mvc.perform(get("/admin/audit").with(user(users.findByUsername("admin")
                .orElseThrow()))).andReturn().getResponse().getContentAsString());
        List<String> offered = page.select("select[name=action] option").eachAttr("value");
        assertThat(offered).containsAll(inTheLog).contains("CASE_VIEWED", "LOGIN");
    }

    @Test
    void aLoopbackAddressIsThisMachineAndOthersAreShownAsWritten() throws Exception {
        String address = SignIn.uniqueAddress();
        SignIn.attempt(mvc, "words-probe", "guess", null, address);
        Document page = Jsoup.parse(mvc.perform(get("/admin/audit").with(user(users.findByUsername("admin")
                .orElseThrow())).param("actor", "words-probe")).andReturn().getResponse().getContentAsString());
        Element row = page.select("#audit-entries tbody tr").first();
        assertThat(row.child(6).text()).isEqualTo(address);
        assertThat(row.child(3).text()).isEqualTo("Failed sign-in");
        assertThat(row.child(2).text()).isEqualTo("words-probe");
    }

    /** The page of CASE_VIEWED entries, read by an administrator who works in that language. */
    private Document page(Locale language) throws Exception {
        String username = SignIn.uniqueUsername("words-admin");
        users.create(new NewUser(username, "Words admin", null, "words-admin-password", null, null,
                language.getLanguage(), Set.of(RoleGrant.of(Role.ADMINISTRATOR))));
        return Jsoup.parse(mvc.perform(get("/admin/audit").with(user(users.findByUsername(username).orElseThrow()))
                .param("action", "CASE_VIEWED")).andReturn().getResponse().getContentAsString());
    }

    private static Element entry(Document page, long id) {
        Element row = page.getElementById("entry-" + id);
        assertThat(row).as("entry " + id).isNotNull();
        return row;
    }

    /**
     * Field names written in the source: the string literals of a {@code "fields=…"} expression (the statement that
     * holds it, literals joined with {@code +} included: {@code "fields=username," + (email == null ? "" : "email,")}),
     * {@code fields.add("a")} and {@code changed(fields, "a"}.
     */
    private static Set<String> namedInTheSource() throws IOException {
        Set<String> fields = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                String source = Files.readString(file);
                List<String> lines = source.lines().toList();
                for (int i = 0; i < lines.size(); i++) {
                    if (!lines.get(i).contains("\"fields=")) {
                        continue;
                    }
                    StringBuilder statement = new StringBuilder(lines.get(i));
                    for (int j = i + 1; j < lines.size() && !lines.get(j - 1).strip().endsWith(";"); j++) {
                        statement.append(lines.get(j));
                    }
                    Matcher literal = LITERAL.matcher(statement.substring(statement.indexOf("\"fields=")));
                    while (literal.find()) {
                        Arrays.stream(literal.group(1).replaceFirst("^fields=", "").split("[,;]"))
                                .filter(f -> f.matches("[A-Za-z_]+")).forEach(fields::add);
                    }
                }
                Matcher added = FIELD_ADDED.matcher(source);
                while (added.find()) {
                    fields.add(added.group(1));
                }
            }
        }
        return fields;
    }

    private static Set<String> recordedInTheSource() throws IOException {
        Set<String> actions = new TreeSet<>();
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher matcher = RECORDED.matcher(Files.readString(file));
                while (matcher.find()) {
                    actions.add(matcher.group(1));
                }
            }
        }
        return actions;
    }
}
