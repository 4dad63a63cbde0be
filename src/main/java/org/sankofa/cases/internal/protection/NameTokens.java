package org.sankofa.cases.internal.protection;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Turns names into comparable tokens and phonetic keys tuned for West African names written in French, English or
 * Portuguese transliteration. Pure functions, no secrets: the keys are only ever stored as keyed digests
 * ({@link NameSearchKeys}).
 *
 * <p>The rules and the reasons for them are in docs/decisions/0004-name-search-blind-index.md.
 */
final class NameTokens {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern APOSTROPHES = Pattern.compile("['’ʼ‘`´]");
    private static final Pattern NOT_LETTER = Pattern.compile("[^a-z-]+");
    private static final Pattern VOWEL_RUN = Pattern.compile("[aeiou]+");
    private static final Pattern EDGE_VOWELS = Pattern.compile("^[aeiou]+|[aeiou]+$");
    // the phonetic rules' patterns, compiled once (String.replaceAll would compile each on every call)
    private static final Pattern D_BEFORE_VOWEL = Pattern.compile("d[iy](?=[aeou])");
    private static final Pattern GU_BEFORE_E_I = Pattern.compile("gu(?=[ei])");
    private static final Pattern SOFT_C = Pattern.compile("c(?=[eiy])");
    private static final Pattern INITIAL_W = Pattern.compile("^w(?=[aeiou])");
    private static final Pattern FINAL_OW = Pattern.compile("ow$");
    private static final Pattern FINAL_H = Pattern.compile("h$");
    private static final Pattern H_AFTER_CONSONANT = Pattern.compile("(?<=[^aeiouX])h");
    private static final Pattern H_BEFORE_CONSONANT = Pattern.compile("h(?=[^aeiou])");
    private static final Pattern H_BEFORE_FINAL_VOWEL = Pattern.compile("(?<=[aeiou])h(?=[aeiou]$)");

    private NameTokens() {
    }

    /** A name split into words: accents and case removed, apostrophes joined (N'Diaye → ndiaye). */
    record Words(List<String> tokens, List<String> compounds) {
    }

    /**
     * Splits a name into lower-case ASCII tokens. Hyphens split (Mohamed-Lamine → mohamed, lamine) and the joined
     * form is returned as a compound (mohamedlamine) so that a name written either way can be found.
     */
    static Words words(String name) {
        List<String> tokens = new ArrayList<>();
        List<String> compounds = new ArrayList<>();
        if (name == null) {
            return new Words(tokens, compounds);
        }
        String folded = name.toLowerCase(Locale.ROOT)
                .replace("œ", "oe").replace("æ", "ae").replace("ß", "ss").replace("ø", "o").replace("ł", "l")
                .replace("đ", "d").replace("ı", "i").replace("‐", "-").replace("–", "-");
        folded = MARKS.matcher(Normalizer.normalize(folded, Normalizer.Form.NFD)).replaceAll("");
        folded = APOSTROPHES.matcher(folded).replaceAll("");
        folded = NOT_LETTER.matcher(folded).replaceAll(" ");
        for (String word : folded.trim().split("\\s+")) {
            List<String> parts = new ArrayList<>();
            for (String part : word.split("-")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            tokens.addAll(parts);
            if (parts.size() > 1) {
                compounds.add(String.join("", parts));
            }
        }
        return new Words(tokens, compounds);
    }

    /** The normalised tokens of a name, hyphenated parts split. */
    static List<String> tokens(String name) {
        return words(name).tokens();
    }

    /**
     * The phonetic form of a normalised token: spellings that sound alike in French/English/Portuguese
     * transliteration of West African names are written alike (Moussa, Musa → musa; Diallo, Djalo, Jallow → jalo).
     */
    static String phonetic(String token) {
        String s = token;
        s = s.replace("x", "ks");
        // one sound, many spellings: sh (English), ch (French), tch, sch
        s = s.replace("tch", "X").replace("sch", "X").replace("sh", "X").replace("ch", "X");
        s = s.replace("ph", "f").replace("kh", "k").replace("gh", "g").replace("th", "t");
        s = s.replace("ck", "k").replace("qu", "k").replace("q", "k");
        // dj, dy + vowel, di + vowel: the French spelling of the English j (Djalo, Diallo, Jallow; Tidiane, Tijani)
        s = D_BEFORE_VOWEL.matcher(s.replace("dj", "j")).replaceAll("j");
        // gu before e/i is a hard g (Guèye)
        s = GU_BEFORE_E_I.matcher(s).replaceAll("g");
        // c: soft before e/i/y (Cissé, Sissé), hard elsewhere (Coulibaly, Kulibali; Boubacar, Bubakar)
        s = SOFT_C.matcher(s).replaceAll("s").replace("c", "k");
        // ou/oo: the French and Dutch spellings of u (Mamadou, Mamadu; Youssouf, Yusuf)
        s = s.replace("ou", "u").replace("oo", "u");
        // w: initial w before a vowel is ou (Wattara, Ouattara); final ow is o (Jallow, Diallo)
        s = FINAL_OW.matcher(INITIAL_W.matcher(s).replaceAll("u")).replaceAll("o");
        s = s.replace("y", "i");
        // silent h: final (Bah, Fofanah, Conteh), after or before a consonant (Alhassane, Ahmadou), and between
        // vowels before a final vowel (Abdullahi, Abdoulaye)
        s = FINAL_H.matcher(s).replaceAll("");
        s = H_AFTER_CONSONANT.matcher(s).replaceAll("");
        s = H_BEFORE_CONSONANT.matcher(s).replaceAll("");
        s = H_BEFORE_FINAL_VOWEL.matcher(s).replaceAll("");
        s = collapseDoubles(s);
        // a silent final e after a consonant or vowel (Ousmane, Usman; Traoré, Traore; Ndiaye)
        if (s.length() > 3 && s.endsWith("e")) {
            s = s.substring(0, s.length() - 1);
        }
        return collapseDoubles(s).replace("X", "x");
    }

    /**
     * The consonant skeleton of a phonetic form: leading and trailing vowels dropped, every inner run of vowels
     * reduced to one marker (Aminata, Aminatou → mvnvt; Ibrahima, Brahima, Ibrahim → brvhvm), or {@code null} when
     * fewer than two consonants are left, as such a short skeleton would match far too many names.
     */
    static String skeleton(String phonetic) {
        String s = EDGE_VOWELS.matcher(phonetic).replaceAll("");
        s = VOWEL_RUN.matcher(s).replaceAll("v");
        long consonants = s.chars().filter(c -> c != 'v').count();
        return consonants < 2 ? null : s;
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
