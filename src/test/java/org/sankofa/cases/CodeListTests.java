package org.sankofa.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.springframework.context.support.ResourceBundleMessageSource;

class CodeListTests {

    private static final List<String> LANGUAGES = List.of("", "_fr", "_pt");

    @Test
    void everyCodeOfEveryListHasALabelInEnglishFrenchAndPortuguese() throws IOException {
        for (String language : LANGUAGES) {
            Properties labels = bundle(language);
            for (CodeList list : CodeList.values()) {
                assertThat(labels.getProperty(list.messageKey())).as(list.messageKey() + language).isNotBlank();
                for (HtcdsCode code : list.codes()) {
                    assertThat(labels.getProperty(code.messageKey())).as(code.messageKey() + language).isNotBlank();
                }
            }
        }
    }

    @Test
    void bundlesHoldNoKeyThatNoCodeUses() throws IOException {
        Set<String> used = new HashSet<>();
        for (CodeList list : CodeList.values()) {
            used.add(list.messageKey());
            list.codes().forEach(code -> used.add(code.messageKey()));
        }
        for (String language : LANGUAGES) {
            assertThat(bundle(language).stringPropertyNames()).as("htcds" + language).isEqualTo(used);
        }
    }

    @Test
    void labelsAreServedInTheUsersLanguage() {
        ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
        messages.setBasename("i18n/htcds");
        messages.setDefaultEncoding("UTF-8");
        messages.setFallbackToSystemLocale(false);

        String key = TypeOfExploitation.BEGGING.messageKey();
        assertThat(messages.getMessage(key, null, Locale.ENGLISH)).isEqualTo("Forced begging");
        assertThat(messages.getMessage(key, null, Locale.FRENCH)).isEqualTo("Mendicité forcée");
        assertThat(messages.getMessage(key, null, Locale.forLanguageTag("pt"))).isEqualTo("Mendicidade forçada");
        assertThat(messages.getMessage(TraffickingStatus.POSSIBLE_VICTIM_OF_TRAFFICKING.messageKey(), null,
                Locale.FRENCH)).isEqualTo("Victime présumée de traite");
    }

    @Test
    void codesKeepTheExactHtcdsValueNamesForDataExchange() {
        assertThat(TypeOfExploitation.fromValue("ForcedBegging")).isEqualTo(TypeOfExploitation.FORCED_BEGGING);
        assertThat(ForcedLabourIndustry.DOMESTIC_WORK.value()).isEqualTo("T_ActivitiesOfHouseholdsAsEmployers");
        assertThat(RelationshipToTrafficker.UNAQUAINTED.value()).isEqualTo("Unaquainted");
        assertThat(CodeList.METHODS_OF_CONTROL.fromValue("DebtBondage")).isEqualTo(MethodOfControl.DEBT_BONDAGE);
        assertThat(CaseStatus.CLOSED_REFERRED.messageKey()).isEqualTo("htcds.CaseStatus.ClosedReferred");
        assertThatThrownBy(() -> TraffickingStatus.fromValue("Victim")).isInstanceOf(IllegalArgumentException.class);
        for (CodeList list : CodeList.values()) {
            List<String> values = list.codes().stream().map(HtcdsCode::value).toList();
            assertThat(values).as(list.key()).doesNotHaveDuplicates();
            list.codes().forEach(code -> assertThat(code.list()).isEqualTo(list));
        }
    }

    @Test
    void theHtcdsListsHaveExactlyTheChoicesOfTheOfficialXForm() throws IOException {
        Path xform = Stream.of("../shared", "../../shared", "/work/shared")
                .map(dir -> Path.of(dir, "reference/htcds/htcds_xlsform.xml")).filter(Files::exists).findFirst()
                .orElse(null);
        Assumptions.assumeTrue(xform != null, "the HTCDS reference files are not beside this checkout");
        String form = Files.readString(xform);
        Matcher select = Pattern.compile("<select1? ref=\"/data/([^\"]+)\"[^>]*>(.*?)</select1?>", Pattern.DOTALL)
                .matcher(form);
        int compared = 0;
        while (select.find()) {
            String field = select.group(1).replace("_", "").toLowerCase(Locale.ROOT);
            for (CodeList list : CodeList.values()) {
                if (list.source() == CodeList.Source.HTCDS
                        && list.htcdsField().replace("_", "").toLowerCase(Locale.ROOT).equals(field)) {
                    List<String> choices = new ArrayList<>();
                    Matcher value = Pattern.compile("<value>([^<]+)</value>").matcher(select.group(2));
                    while (value.find()) {
                        choices.add(value.group(1));
                    }
                    assertThat(list.codes().stream().map(HtcdsCode::value).toList()).as(list.key())
                            .containsExactlyElementsOf(choices);
                    compared++;
                }
            }
        }
        assertThat(compared).isEqualTo(9);
    }

    private static Properties bundle(String language) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = CodeListTests.class.getResourceAsStream("/i18n/htcds" + language + ".properties")) {
            assertThat(in).as("i18n/htcds" + language + ".properties").isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
