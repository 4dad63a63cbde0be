package org.sankofa.matching.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.sankofa.matching.internal.Linker.Decision;
import org.sankofa.matching.internal.Linker.Scored;
import org.sankofa.matching.internal.SyntheticPeople.Generated;

/**
 * The Fellegi–Sunter linker on generated persons with known duplicates: EM converges to m probabilities that tell
 * true pairs apart, the matches are precise and the review band finds most duplicates, term frequencies weigh a
 * common name less, and every score explains itself.
 */
class LinkageTests {

    private final Linker linker = new Linker(NameEquivalences.shipped());

    private static LinkageRecord person(long id, String given, String family, LocalDate born) {
        return new LinkageRecord(id, given, family, "F", born, null, LocalDate.of(2026, 3, 1), "SN", "Kolda", null);
    }

    @Test
    void emConvergesOnGeneratedDataAndLearnsThatNamesAgreeForTheSamePerson() {
        List<LinkageRecord> records = records(new SyntheticPeople(17).generate(2_000, 0.3));
        Expectation.Estimate estimate = linker.estimate(records, 1);
        assertThat(estimate.converged()).isTrue();
        assertThat(estimate.iterations()).isBetween(2, 199);
        double[] family = estimate.model().m()[Field.FAMILY_NAME.ordinal()];
        assertThat(family[0] + family[1]).as("exact or equivalent family names among true pairs").isGreaterThan(0.6);
        double[] familyU = estimate.model().u()[Field.FAMILY_NAME.ordinal()];
        assertThat(familyU[4]).as("different family names among random pairs").isGreaterThan(0.8);
        assertThat(estimate.model().weight(Field.BIRTH, 0)).isGreaterThan(5);
        assertThat(estimate.model().weight(Field.BIRTH, 3)).isLessThan(0);
    }

    @Test
    void matchesArePreciseAndMatchesWithReviewFindMostDuplicates() {
        List<Generated> generated = new SyntheticPeople(2026).generate(3_000, 0.3);
        List<LinkageRecord> records = records(generated);
        Map<Long, Integer> personOf = generated.stream()
                .collect(Collectors.toMap(g -> g.record().id(), Generated::person));
        long truePairs = generated.stream().collect(Collectors.groupingBy(Generated::person, Collectors.counting()))
                .values().stream().mapToLong(n -> n * (n - 1) / 2).sum();
        LinkageModel model = linker.estimate(records, 1).model();
        List<Scored> found = linker.duplicates(records, model, TermFrequencies.of(records, linker.keys()));

        List<Scored> matches = found.stream().filter(s -> s.decision() == Decision.MATCH).toList();
        long trueMatches = matches.stream().filter(s -> same(personOf, s)).count();
        long trueFound = found.stream().filter(s -> same(personOf, s)).count();
        double precisionOfMatches = trueMatches / (double) matches.size();
        double precision = trueFound / (double) found.size();
        double recall = trueFound / (double) truePairs;
        double f1 = 2 * precision * recall / (precision + recall);
        assertThat(precisionOfMatches).as("precision of the pairs decided as matches").isGreaterThan(0.95);
        assertThat(recall).as("duplicates found as match or review").isGreaterThan(0.85);
        assertThat(f1).as("F1 of match and review together").isGreaterThan(0.85);
    }

    @Test
    void agreeingOnACommonFamilyNameWeighsLessThanOnARareOne() {
        List<LinkageRecord> office = new java.util.ArrayList<>();
        for (int i = 0; i < 60; i++) {
            office.add(person(100 + i, "Person" + (char) ('a' + i % 26), i < 40 ? "Diallo" : "Other" + i,
                    LocalDate.of(2010, 1, 1).plusDays(i * 40)));
        }
        office.add(person(300, "Binta", "Yeboah", LocalDate.of(2011, 5, 5)));
        TermFrequencies frequencies = TermFrequencies.of(office, linker.keys());
        LinkageModel model = LinkageModel.starting();
        Scored common = linker.score(person(1, "Aminata", "Diallo", LocalDate.of(2012, 2, 2)),
                person(2, "Aminata", "Jallow", LocalDate.of(2012, 2, 2)), model, frequencies);
        Scored rare = linker.score(person(1, "Aminata", "Yeboah", LocalDate.of(2012, 2, 2)),
                person(2, "Aminata", "Yeboah", LocalDate.of(2012, 2, 2)), model, frequencies);
        assertThat(familyWeight(common)).isLessThan(familyWeight(rare));
        assertThat(familyWeight(common)).isPositive();
        Scored unadjusted = linker.score(person(1, "Aminata", "Diallo", LocalDate.of(2012, 2, 2)),
                person(2, "Aminata", "Jallow", LocalDate.of(2012, 2, 2)), model, TermFrequencies.none());
        assertThat(familyWeight(unadjusted)).isEqualTo(model.weight(Field.FAMILY_NAME, 1));
    }

    @Test
    void aScoreExplainsItselfFieldByField() {
        Scored scored = linker.score(person(1, "Aminata", "Diallo", LocalDate.of(2012, 2, 2)),
                new LinkageRecord(2, "Aminatou", "Jallow", "F", null, 14, LocalDate.of(2026, 6, 1), "SN", null, null),
                LinkageModel.starting(), TermFrequencies.none());
        assertThat(scored.contributions()).hasSize(Field.values().length);
        assertThat(scored.contributions().stream().mapToDouble(Linker.Contribution::weight).sum())
                .isCloseTo(scored.weight(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(level(scored, Field.FAMILY_NAME)).isEqualTo("equivalent");
        assertThat(level(scored, Field.BIRTH)).isEqualTo("within-1-year");
        assertThat(level(scored, Field.CITIZENSHIP)).isEqualTo("same");
        assertThat(level(scored, Field.PLACE)).isEqualTo("missing");
        assertThat(scored.contributions().get(Field.FAMILY_NAME.ordinal()).agrees()).isTrue();
        assertThat(scored.contributions().get(Field.PLACE.ordinal()).weight()).isZero();
        assertThat(scored.decision()).isNotEqualTo(Decision.NON_MATCH);
    }

    @Test
    void differentPeopleSharingAFamilyNameAndAgeAreNotProposed() {
        Scored sisters = linker.score(person(1, "Aminata", "Diallo", LocalDate.of(2012, 2, 2)),
                person(2, "Fatoumata", "Diallo", LocalDate.of(2013, 7, 9)), LinkageModel.starting(),
                TermFrequencies.none());
        assertThat(sisters.decision()).isEqualTo(Decision.NON_MATCH);
        assertThat(sisters.contributions().get(Field.GIVEN_NAMES.ordinal()).disagrees()).isTrue();
    }

    @Test
    void swappedGivenAndFamilyNamesStillAgree() {
        int[] vector = linker.vector(person(1, "Diallo", "Aminata", LocalDate.of(2012, 2, 2)),
                person(2, "Aminata", "Jallow", LocalDate.of(2012, 2, 2)));
        assertThat(vector[Field.GIVEN_NAMES.ordinal()]).isLessThanOrEqualTo(1);
        assertThat(vector[Field.FAMILY_NAME.ordinal()]).isLessThanOrEqualTo(1);
        assertThat(linker.blocking().shareABlock(person(1, "Diallo", "Aminata", null),
                person(2, "Aminata", "Jallow", null))).isTrue();
    }

    private static String level(Scored scored, Field field) {
        return scored.contributions().get(field.ordinal()).level();
    }

    private static double familyWeight(Scored scored) {
        return scored.contributions().get(Field.FAMILY_NAME.ordinal()).weight();
    }

    private static boolean same(Map<Long, Integer> personOf, Scored scored) {
        return personOf.get(scored.one().id()).equals(personOf.get(scored.other().id()));
    }

    private static List<LinkageRecord> records(List<Generated> generated) {
        return generated.stream().map(Generated::record).toList();
    }
}
