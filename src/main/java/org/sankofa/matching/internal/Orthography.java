package org.sankofa.matching.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How West African names written in French, English and Portuguese orthographies are brought to one form before they
 * are compared: words of a name, folded to lower-case ASCII, and the phonetic form of a word. Pure functions.
 *
 * <p>The rules extend those of the name search's blind index (decision 0004) with the ones matching needs and the
 * index must not change without re-indexing every case: {@code kw}/{@code qu}/{@code kou} before a vowel as one
 * sound (Kwaku, Kouakou), {@code gn}/{@code nh} as {@code ny}, an optional initial {@code h} (Hawa, Awa). They are
 * listed with their reasons in docs/decisions/0025-matching-name-equivalences.md.
 */
public final class Orthography {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ‘`´]");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z]+");
    private static final Pattern D_BEFORE_VOWEL = Pattern.compile("d[iy](?=[aeou])");
    private static final Pattern GU_BEFORE_E_I = Pattern.compile("gu(?=[ei])");
    private static final Pattern SOFT_C = Pattern.compile("c(?=[eiy])");
    private static final Pattern KW_BEFORE_VOWEL = Pattern.compile("kw(?=[aeiou])");
    private static final Pattern INITIAL_W = Pattern.compile("^w(?=[aeiou])");
    private static final Pattern FINAL_OW = Pattern.compile("ow$");
    private static final Pattern INITIAL_H = Pattern.compile("^h(?=[aeiou])");
    private static final Pattern FINAL_H = Pattern.compile("h$");
    private static final Pattern H_AFTER_CONSONANT = Pattern.compile("(?<=[^aeiouX])h");
    private static final Pattern H_BEFORE_CONSONANT = Pattern.compile("h(?=[^aeiou])");
    private static final Pattern H_BETWEEN_VOWELS_AT_END = Pattern.compile("(?<=[aeiou])h(?=[aeiou]$)");

    private Orthography() {
    }

    /**
     * The words of a name, lower-case ASCII: accents dropped (Traoré → traore), apostrophes joined (N'Diaye →
     * ndiaye), hyphens and other punctuation separate words (Mohamed-Lamine → mohamed, lamine).
     */
    public static List<String> words(String name) {
        List<String> words = new ArrayList<>();
        if (name == null) {
            return words;
        }
        String folded = name.toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("ı", "i").replace("ɓ", "b").replace("ɗ", "d").replace("ŋ", "ng")
                .replace("ɛ", "e").replace("ɔ", "o");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        folded = APOSTROPHES.matcher(folded).replaceAll("");
        for (String word : NOT_LETTER.matcher(folded).replaceAll(" ").trim().split(" ")) {
            if (!word.isEmpty()) {
                words.add(word);
            }
        }
        return words;
    }

    /**
     * The phonetic form of a folded word: spellings of one sound across the three orthographies written alike
     * (Moussa, Musa → musa; Diallo, Djalo → jalo; Kwaku, Kouakou → kuaku; Tchad, Chad → xad).
     */
    public static String phonetic(String word) {
        String s = word.replace("x", "ks");
        // one sound, many spellings: tch, sch, sh (English), ch (French)
        s = s.replace("tch", "X").replace("sch", "X").replace("sh", "X").replace("ch", "X");
        s = s.replace("ph", "f").replace("kh", "k").replace("gh", "g").replace("th", "t");
        s = s.replace("ck", "k").replace("qu", "kw").replace("q", "k");
        // dj, and di/dy before a vowel: the French spelling of the English j (Djalo, Diallo, Jallow)
        s = D_BEFORE_VOWEL.matcher(s.replace("dj", "j")).replaceAll("j");
        s = GU_BEFORE_E_I.matcher(s).replaceAll("g");
        // c: soft before e/i/y (Cissé, Sissé), hard elsewhere (Coulibaly, Kulibali)
        s = SOFT_C.matcher(s).replaceAll("s").replace("c", "k");
        // the palatal nasal: gn (French), nh (Portuguese), ny (English)
        s = s.replace("gn", "ny").replace("nh", "ny");
        // ou/oo: the French and Dutch spellings of u; kw before a vowel is kou (Kwaku, Kouakou; Kwame, Kouamé)
        s = s.replace("ou", "u").replace("oo", "u");
        s = KW_BEFORE_VOWEL.matcher(s).replaceAll("ku");
        s = FINAL_OW.matcher(INITIAL_W.matcher(s).replaceAll("u")).replaceAll("o");
        s = s.replace("y", "i");
        // h: optional at the start (Hawa, Awa), silent at the end (Bah, Conteh), next to a consonant (Alhassane)
        s = INITIAL_H.matcher(s).replaceAll("");
        s = FINAL_H.matcher(s).replaceAll("");
        s = H_AFTER_CONSONANT.matcher(s).replaceAll("");
        s = H_BEFORE_CONSONANT.matcher(s).replaceAll("");
        s = H_BETWEEN_VOWELS_AT_END.matcher(s).replaceAll("");
        s = collapseDoubles(s);
        // a silent final e (Ousmane, Usman; Traoré, Traore)
        if (s.length() > 3 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return collapseDoubles(s).replace("X", "x");
    }

    private static String collapseDoubles(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            if (i == 0 || s.charAt(i) != s.charAt(i - 1)) {
                out.append(s.charAt(i));
            }
        }
        return out.toString();
    }
}
