package org.sankofa.cases.internal.protection;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.sankofa.cases.internal.protection.EncryptionKeys;
import org.sankofa.cases.internal.protection.NameSearchKeys;
import org.sankofa.cases.internal.protection.EncryptionProperties;
import org.sankofa.cases.internal.protection.NameMatcher;

/**
 * The blind index and the ranking on real-world spellings of West African names: variants of one name are found,
 * different names are not.
 */
class NameSearchTests {

    private final NameSearchKeys keys = new NameSearchKeys(TestKeys.onlyK1());
    private final NameMatcher matcher = new NameMatcher();

    /** Spellings of the same name met in case files across Francophone, Anglophone and Lusophone West Africa. */
    static Stream<Arguments> variantsOfOneName() {
        return Stream.of(
                Arguments.of("Aminatou Dialo", "Aminata Diallo"),
                Arguments.of("Mamadu", "Mamadou"),
                Arguments.of("Usman", "Ousmane"),
                Arguments.of("Ousman", "Ousmane"),
                Arguments.of("Musa", "Moussa"),
                Arguments.of("Fatimata", "Fatoumata"),
                Arguments.of("Fatumata", "Fatoumata"),
                Arguments.of("Abdullahi", "Abdoulaye"),
                Arguments.of("Abdulai", "Abdoulaye"),
                Arguments.of("Ibrahim", "Ibrahima"),
                Arguments.of("Brahima", "Ibrahima"),
                Arguments.of("Suleiman", "Souleymane"),
                Arguments.of("Sulayman", "Souleymane"),
                Arguments.of("Aissatu", "Aïssatou"),
                Arguments.of("Aisatou", "Aïssatou"),
                Arguments.of("Aïssata", "Aïssatou"),
                Arguments.of("Mariam", "Mariama"),
                Arguments.of("Kulibali", "Coulibaly"),
                Arguments.of("Traore", "Traoré"),
                Arguments.of("N'Diaye", "Ndiaye"),
                Arguments.of("Jop", "Diop"),
                Arguments.of("Keita", "Keïta"),
                Arguments.of("Kuyate", "Kouyaté"),
                Arguments.of("Sekou", "Sékou"),
                Arguments.of("Umar", "Oumar"),
                Arguments.of("Omar", "Oumar"),
                Arguments.of("Yusuf", "Youssouf"),
                Arguments.of("Bubakar", "Boubacar"),
                Arguments.of("Abubakar", "Boubacar"),
                Arguments.of("Kadiatu", "Kadiatou"),
                Arguments.of("Diallo Aminata", "Aminata Diallo"),
                Arguments.of("Jallow", "Diallo"),
                Arguments.of("Djalo", "Diallo"),
                Arguments.of("Sheikh", "Cheikh"),
                Arguments.of("Aisha", "Aïcha"),
                Arguments.of("Turay", "Touré"),
                Arguments.of("Conteh", "Conté"),
                Arguments.of("Sissé", "Cissé"),
                Arguments.of("Ba", "Bah"),
                Arguments.of("Wattara", "Ouattara"),
                Arguments.of("Tijani", "Tidiane"),
                Arguments.of("Alassane", "Alhassane"),
                Arguments.of("Ahmadou", "Amadou"),
                Arguments.of("Salifou", "Salif"),
                Arguments.of("Yakuba", "Yacouba"),
                Arguments.of("Saidou", "Seydou"),
                Arguments.of("Muhammad", "Mohamed"),
                Arguments.of("Kamara", "Camara"),
                Arguments.of("Lamin", "Lamine"),
                Arguments.of("Kadija", "Khadija"),
                Arguments.of("Fofanah", "Fofana"),
                Arguments.of("Bakari", "Bakary"),
                Arguments.of("Gueye", "Guèye"),
                Arguments.of("Lamine", "Mohamed-Lamine Sylla"),
                Arguments.of("Mohamedlamine", "Mohamed-Lamine Sylla"),
                Arguments.of("ousmane sow", "SOW, Ousmane"),
                Arguments.of("Musa Kulibali", "Moussa Coulibaly"));
    }

    /** Different people: the search must not offer one for the other. */
    static Stream<Arguments> differentNames() {
        return Stream.of(
                Arguments.of("Aminata", "Fatoumata"),
                Arguments.of("Diallo", "Diop"),
                Arguments.of("Moussa", "Mamadou"),
                Arguments.of("Ousmane", "Oumar"),
                Arguments.of("Mariama", "Aminata"),
                Arguments.of("Ibrahima", "Abdoulaye"),
                Arguments.of("Traoré", "Touré"),
                Arguments.of("Sékou", "Seydou"),
                Arguments.of("Coulibaly", "Camara"),
                Arguments.of("Sow", "Sy"),
                Arguments.of("Bah", "Barry"),
                Arguments.of("Fatou", "Fatoumata"),
                Arguments.of("Ndiaye", "Diallo"),
                Arguments.of("Mamadou", "Mohamed"),
                Arguments.of("Kanté", "Konaté"),
                Arguments.of("Amadou", "Mamadou"),
                Arguments.of("Keita", "Kouyaté"),
                Arguments.of("Ouattara", "Touré"),
                Arguments.of("Aminata Diop", "Aminata Diallo"),
                Arguments.of("Moussa Touré", "Moussa Traoré"));
    }

    @ParameterizedTest(name = "\"{0}\" finds \"{1}\"")
    @MethodSource("variantsOfOneName")
    void aVariantSpellingFindsThePerson(String query, String storedName) {
        assertThat(candidate(query, storedName)).as("blind-index candidate").isTrue();
        assertThat(matcher.matches(query, storedName)).as("ranked above the threshold, score %.3f",
                matcher.score(query, storedName)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" does not find \"{1}\"")
    @MethodSource("differentNames")
    void aDifferentNameDoesNotFindThePerson(String query, String storedName) {
        assertThat(candidate(query, storedName) && matcher.matches(query, storedName)).isFalse();
    }

    @Test
    void theIndexAloneAlreadySeparatesMostDifferentNames() {
        long separatedByIndex = differentNames().filter(a -> !candidate((String) a.get()[0], (String) a.get()[1]))
                .count();
        assertThat(separatedByIndex).isGreaterThanOrEqualTo(differentNames().count() - 2);
    }

    @Test
    void thereAreEnoughPairsToTrustTheRules() {
        assertThat(variantsOfOneName().count()).isGreaterThanOrEqualTo(30);
        assertThat(differentNames().count()).isGreaterThanOrEqualTo(10);
    }

    @Test
    void everyWordOfTheQueryMustMatchSomeWordOfTheName() {
        assertThat(candidate("Aminata", "Aminata Diallo")).isTrue();
        assertThat(candidate("Aminata Sow", "Aminata Diallo")).isFalse();
        assertThat(keys.queryKeys("Aminata Aminata")).hasSize(1);
        assertThat(keys.queryKeys("  ,-' ")).isEmpty();
    }

    @Test
    void theClosestSpellingRanksFirst() {
        List<String> found = matcher.rank("Aminata Diallo",
                List.of("Aminatou Dialo", "Aminata Diallo", "Aminata Djalo", "Fatoumata Diallo"), n -> n)
                .stream().map(NameMatcher.Ranked::candidate).toList();

        assertThat(found).startsWith("Aminata Diallo").doesNotContain("Fatoumata Diallo");
        assertThat(found).contains("Aminatou Dialo", "Aminata Djalo");
    }


    @Test
    void aRankedNameScoresAsItDoesAloneHoweverItsWordsAreSpacedOrSharedWithOtherCandidates() {
        // a search scores each piece of the names once (the candidates share their words): what one name scores
        // must not depend on the names ranked before it, nor on how its words are separated
        List<String> names = List.of("Aminata Diallo", "Aminatou  Dialo", "Mohamed-Lamine Diallo\tKaba",
                "Fatoumata Diallo N'Diaye", "Aminata Djalo Aminata", " ", "Diallo,Aminata", "Awa Diop");
        for (String query : List.of("Aminata Diallo", "Mohamed Lamine Kaba", "Ndiaye Fatoumata")) {
            List<NameMatcher.Ranked<String>> ranked = matcher.rank(query, names, n -> n);
            assertThat(ranked).as(query).isNotEmpty();
            for (NameMatcher.Ranked<String> found : ranked) {
                assertThat(found.score()).as("%s in %s", query, found.candidate())
                        .isEqualTo(matcher.score(query, found.candidate()));
            }
            assertThat(ranked.stream().map(NameMatcher.Ranked::candidate).toList()).as(query).containsExactlyElementsOf(
                    names.stream().filter(n -> matcher.matches(query, n)).sorted((a, b) -> Double.compare(
                            matcher.score(query, b), matcher.score(query, a))).toList());
        }
        assertThat(matcher.score("Aminata Diallo", "Diallo,Aminata")).isEqualTo(1.0);
        assertThat(matcher.score("Mohamed Lamine", "Mohamed-Lamine")).isEqualTo(1.0);
    }
    @Test
    void digestsDependOnTheSecretIndexKeySoTheyCannotBeRecomputedWithoutIt() {
        NameSearchKeys otherInstallation = new NameSearchKeys(new EncryptionKeys(new EncryptionProperties("k1",
                java.util.Map.of("k1", TestKeys.K1), TestKeys.random()), TestKeys.PRODUCTION));

        Set<Long> here = keys.keysFor("Aminata Diallo");
        assertThat(here).isNotEmpty();
        assertThat(Collections.disjoint(here, otherInstallation.keysFor("Aminata Diallo"))).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" and \"{1}\"")
    @MethodSource({"variantsOfOneName", "differentNames"})
    void lookingUpOneKeyPerWordFindsExactlyWhatBothKeysOfEachWordFind(String query, String storedName) {
        assertThat(candidate(query, storedName)).isEqualTo(candidateByBothKeys(query, storedName));
        assertThat(candidate(storedName, query)).isEqualTo(candidateByBothKeys(storedName, query));
    }

    @Test
    void theKeyLookedUpForAWordIsOneOfItsKeys() {
        for (String word : List.of("Aminata", "Sow", "Ba", "Aïcha", "N'Diaye", "Mohamed-Lamine")) {
            List<Long> searched = keys.searchKeys(word);
            assertThat(searched).isNotEmpty();
            assertThat(keys.keysFor(word)).containsAll(searched);
        }
        assertThat(keys.searchKeys("Aminata Aminatou")).hasSize(1);
        assertThat(keys.searchKeys("  ,-' ")).isEmpty();
    }

    /** As the search looks names up: one key per query word ({@link NameSearchKeys#searchKeys}). */
    private boolean candidate(String query, String storedName) {
        Set<Long> stored = keys.keysFor(storedName);
        List<Long> perWord = keys.searchKeys(query);
        return !perWord.isEmpty() && stored.containsAll(perWord);
    }

    private boolean candidateByBothKeys(String query, String storedName) {
        Set<Long> stored = keys.keysFor(storedName);
        List<Set<Long>> perWord = keys.queryKeys(query);
        return !perWord.isEmpty() && perWord.stream().allMatch(word -> !Collections.disjoint(word, stored));
    }
}
