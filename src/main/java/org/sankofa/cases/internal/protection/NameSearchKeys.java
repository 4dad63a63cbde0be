package org.sankofa.cases.internal.protection;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.springframework.modulith.NamedInterface;

/**
 * The blind index of names: a name is never stored in clear, only keyed digests of the phonetic keys of its words.
 *
 * <p>For each word of a name two keys are derived ({@link NameTokens}): its phonetic form ({@code p:musa} for Moussa
 * and Musa) and its consonant skeleton ({@code s:mvnvt} for Aminata and Aminatou). Each key is turned into
 * HMAC-SHA256 under the secret index key and truncated to 64 bits (a {@code long}, stored in a {@code bigint[]}
 * column). A search computes the same digests for each word of the query; a person is a candidate when every query
 * word shares at least one digest with the name, in any order. Candidates are then decrypted and ranked in memory by
 * {@link NameMatcher}. See docs/decisions/0004-name-search-blind-index.md.
 */
@NamedInterface("foundation")
public final class NameSearchKeys {

    private static final String DOMAIN = "sankofa-name-v1:";
    private static final String HMAC = "HmacSHA256";

    private final SecretKeySpec indexKey;

    public NameSearchKeys(EncryptionKeys keys) {
        this.indexKey = new SecretKeySpec(keys.indexKey(), HMAC);
    }

    /** Every digest to store for a person's name (given names and family names may be passed together). */
    public Set<Long> keysFor(String fullName) {
        NameTokens.Words words = NameTokens.words(fullName);
        Set<Long> digests = new LinkedHashSet<>();
        for (String token : words.tokens()) {
            digests.addAll(tokenKeys(token));
        }
        for (String compound : words.compounds()) {
            digests.addAll(tokenKeys(compound));
        }
        return digests;
    }

    /** One set of digests per word of the query; a name matches when it shares a digest with every set. */
    public List<Set<Long>> queryKeys(String query) {
        List<Set<Long>> perWord = new ArrayList<>();
        for (String token : NameTokens.tokens(query)) {
            Set<Long> keys = tokenKeys(token);
            if (!perWord.contains(keys)) {
                perWord.add(keys);
            }
        }
        return perWord;
    }

    /**
     * One digest per word of the query, the one to look up: the consonant skeleton where the word has one, else its
     * phonetic form. The skeleton is a function of the phonetic form, so every stored name whose word has the same
     * phonetic form also has the same skeleton: looking up the skeleton alone finds exactly the names that the pair
     * {phonetic, skeleton} finds ({@link #queryKeys}), while reading each index entry once, in case order, so that
     * the words' lists can be merged rather than hashed.
     */
    public List<Long> searchKeys(String query) {
        List<Long> perWord = new ArrayList<>();
        for (String token : NameTokens.tokens(query)) {
            String phonetic = NameTokens.phonetic(token);
            if (phonetic.isEmpty()) {
                continue;
            }
            String skeleton = NameTokens.skeleton(phonetic);
            long key = skeleton != null ? digest("s:" + skeleton) : digest("p:" + phonetic);
            if (!perWord.contains(key)) {
                perWord.add(key);
            }
        }
        return perWord;
    }

    /** A PostgreSQL array literal of digests, for {@code ?::bigint[]} parameters ({@code name_keys && ?::bigint[]}). */
    public static String sqlArray(Set<Long> digests) {
        return digests.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    private Set<Long> tokenKeys(String token) {
        Set<Long> keys = new LinkedHashSet<>();
        String phonetic = NameTokens.phonetic(token);
        if (phonetic.isEmpty()) {
            return keys;
        }
        keys.add(digest("p:" + phonetic));
        String skeleton = NameTokens.skeleton(phonetic);
        if (skeleton != null) {
            keys.add(digest("s:" + skeleton));
        }
        return keys;
    }

    private long digest(String key) {
        try {
            Mac mac = Mac.getInstance(HMAC);
            mac.init(indexKey);
            byte[] full = mac.doFinal((DOMAIN + key).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(full, 0, Long.BYTES).getLong();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HMAC-SHA256 unavailable", e);
        }
    }
}
