package org.sankofa.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.sankofa.matching.internal.NameComparison.Level;

/**
 * West African spelling variants of one name agree; different people's names do not — each pair with its reason.
 */
class NameEquivalencesTests {

    private final NameComparison names = new NameComparison(NameEquivalences.shipped());

    static Stream<Arguments> spellingsOfOneName() {
        return Stream.of(
                Arguments.of("Aminata Diallo", "Aminata Jallow", "Diallo in Dakar is Jallow in Banjul (list)"),
                Arguments.of("Aminata Diallo", "Aminatou Dialo", "-tou ending, single l (phonetic rules)"),
                Arguments.of("Mariama Diallo", "Mariama Jalloh", "Jalloh, the Sierra Leonean spelling (list)"),
                Arguments.of("Awa Djalo", "Awa Diallo", "dj is j (phonetic rules)"),
                Arguments.of("Moussa Traoré", "Musa Trawally", "Traoré in Mali is Trawally in the Gambia (list)"),
                Arguments.of("Fatou Cissé", "Fatou Sisay", "Cissé and Sisay (list)"),
                Arguments.of("Ibrahima Camara", "Ibrahim Kamara", "c/k; Ibrahima/Ibrahim (phonetic, similar)"),
                Arguments.of("Khady Ndiaye", "Khady Njie", "Ndiaye in Senegal is Njie in the Gambia (list)"),
                Arguments.of("Ndiaye", "N'Diaye", "the apostrophe is joined"),
                Arguments.of("Kouadio", "Kwadwo", "Akan Monday name, Ivorian and Ghanaian spellings (list)"),
                Arguments.of("Kodjo", "Kojo", "dj/j"),
                Arguments.of("Kouakou", "Kwaku", "Akan Wednesday name: kou/kw (phonetic rules)"),
                Arguments.of("Kweku", "Kwaku", "Fante and Twi spellings of the Wednesday name (list)"),
                Arguments.of("Adjoa", "Adwoa", "Akan Monday name, female (list)"),
                Arguments.of("Kouamé", "Kwame", "kou/kw and é/e (phonetic rules)"),
                Arguments.of("Yao", "Yaw", "Akan Thursday name (list)"),
                Arguments.of("Chukwuemeka Okafor", "Chukwu Emeka Okafor", "a given name as one word or two"),
                Arguments.of("Chukwu Emeka", "Chukwuemeka", "the joined form on the other side"),
                Arguments.of("Diallo Aminata", "Aminata Diallo", "word order"),
                Arguments.of("Hawa Bah", "Awa Ba", "optional initial h, silent final h"),
                Arguments.of("Tchiakpé", "Chiakpe", "tch/ch, é/e"),
                Arguments.of("Mamadou", "Mamadu", "ou/u"),
                Arguments.of("Ousmane", "Usman", "ou/u and the silent final e"),
                Arguments.of("Issa", "Isa", "doubled letters"),
                Arguments.of("Agnès", "Anyes", "gn/ny"),
                Arguments.of("Aminata Fatoumata Diallo", "Aminata Diallo", "a middle name left out"),
                Arguments.of("Wattara", "Ouattara", "initial w is ou"),
                Arguments.of("Touré", "Turay", "Touré/Turay (list)"));
    }

    static Stream<Arguments> differentPeople() {
        return Stream.of(
                Arguments.of("Fatoumata Diallo", "Aminata Diallo", "a shared family name, different given names"),
                Arguments.of("Kwaku", "Kwadwo", "born on Wednesday and on Monday: different day names (list)"),
                Arguments.of("Kouakou", "Kouadio", "the Ivorian spellings of those two day names (list)"),
                Arguments.of("Adjoa", "Akua", "Monday and Wednesday female day names (list)"),
                Arguments.of("Yaw", "Kwame", "Thursday and Saturday"),
                Arguments.of("Aminata Diallo", "Aminata Traoré", "same given name, different family names"),
                Arguments.of("Moussa Camara", "Moussa Cissé", "Camara and Cissé are two families (list)"),
                Arguments.of("Ndiaye", "Diallo", "two Senegalese family names"),
                Arguments.of("Mariama", "Mamadou", "a woman's and a man's name sharing letters"),
                Arguments.of("Ibrahima Sow", "Ibrahima Sy", "short family names that differ"),
                Arguments.of("Oumar Fall", "Omar Faye", "Fall and Faye are different Wolof families"),
                Arguments.of("Seydou Keita", "Seydou Konaté", "two Malian families with a k"));
    }

    @ParameterizedTest(name = "{0} ~ {1}: {2}")
    @MethodSource("spellingsOfOneName")
    void spellingsOfOneNameAgree(String one, String other, String reason) {
        assertThat(names.compare(one, other)).get().satisfies(level -> assertThat(level)
                .as(reason).isIn(Level.EXACT, Level.EQUIVALENT, Level.SIMILAR));
        assertThat(names.compare(other, one)).as("symmetric: " + reason).isEqualTo(names.compare(one, other));
    }

    @ParameterizedTest(name = "{0} ≠ {1}: {2}")
    @MethodSource("differentPeople")
    void differentPeopleDoNotAgree(String one, String other, String reason) {
        assertThat(names.compare(one, other)).get().satisfies(level -> assertThat(level)
                .as(reason).isIn(Level.PARTLY, Level.DIFFERENT));
    }

    @Test
    void theSameSpellingIsExactAndAnotherOrderOnlyEquivalent() {
        assertThat(names.compare("Aminata  DIALLO", "aminata diallo")).contains(Level.EXACT);
        assertThat(names.compare("Diallo Aminata", "Aminata Diallo")).contains(Level.EQUIVALENT);
        assertThat(names.compare("", "Aminata")).isEmpty();
        assertThat(names.compare(null, "Aminata")).isEmpty();
    }

    @Test
    void everyRowOfTheShippedListCitesItsSourceAndNoSpellingBelongsToTwoGroups() {
        assertThat(NameEquivalences.shipped().size()).isGreaterThan(25);
        assertThat(NameEquivalences.shipped().key("jallow")).isEqualTo(NameEquivalences.shipped().key("diallo"))
                .startsWith("=");
        assertThatThrownBy(() -> read("group,spelling,orthography,source\ndiallo,Diallo,French,\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("source");
        assertThatThrownBy(() -> read("group,spelling,orthography,source\na,Diallo,French,x\nb,Djalo,French,y\n"))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("group a");
    }

    private static NameEquivalences read(String csv) {
        return NameEquivalences.read(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
    }
}
