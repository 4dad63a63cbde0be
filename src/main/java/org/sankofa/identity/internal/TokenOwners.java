package org.sankofa.identity.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

import org.sankofa.identity.CurrentUser;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The owners of the API tokens used lately, kept in memory for {@link #LIFETIME} so that an API call does not read the
 * token, the account and its roles again (three statements) each time. Correct across nodes because whatever decides
 * what a token may do is announced when it changes (migration V40: the token revoked, the account disabled, its roles
 * changed…) and each node forgets that account at once ({@link IdentityChangeListener}); on this node the change is
 * also forgotten right after its own commit. Nothing is kept while the announcements cannot be heard (the listening
 * connection is down): every call then reads the database.
 * <p>
 * A read that started before a change and finishes after it must not put the old state back: every forgetting moves a
 * generation on, and an owner read under an older generation is not kept.
 */
@Component
class TokenOwners {

    /** How long an owner is kept at most, announcements or not. */
    static final Duration LIFETIME = Duration.ofSeconds(60);

    /** One token as last read: whose it is, until when it is valid, and when its use was last recorded. */
    record Owner(long tokenId, CurrentUser user, Instant expiresAt, Instant useRecordedAt) {
    }

    private final Cache<String, Owner> owners = Caffeine.newBuilder().maximumSize(10_000)
            .expireAfterWrite(LIFETIME).build();
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;

    /** The owner of a token (by its hash) if kept and still valid; otherwise read and kept if nothing changed. */
    Optional<Owner> find(String tokenHash, Supplier<Optional<Owner>> read) {
        if (listening) {
            Owner kept = owners.getIfPresent(tokenHash);
            if (kept != null) {
                if (kept.expiresAt().isAfter(Instant.now())) {
                    return Optional.of(kept);
                }
                owners.invalidate(tokenHash);
            }
        }
        long before = generation.get();
        Optional<Owner> owner = read.get();
        if (owner.isPresent() && listening && generation.get() == before) {
            owners.put(tokenHash, owner.get());
        }
        return owner;
    }

    /** Notes that a token's use was recorded now, so that it is not recorded again before the interval. */
    void usedRecorded(String tokenHash, Owner owner, Instant at) {
        owners.asMap().replace(tokenHash, owner, new Owner(owner.tokenId(), owner.user(), owner.expiresAt(), at));
    }

    /** Forgets every token of an account (an announcement from any node, or a change of this one). */
    void forget(long userId) {
        generation.incrementAndGet();
        owners.asMap().values().removeIf(owner -> owner.user().id() == userId);
    }

    /** Forgets an account's tokens once the current transaction commits (at once when there is none). */
    void forgetAfterCommit(long userId) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget(userId);
                }
            });
        } else {
            forget(userId);
        }
    }

    /** Whether announcements are heard; when they stop, everything kept is forgotten and nothing more is kept. */
    void listening(boolean heard) {
        generation.incrementAndGet();
        listening = heard;
        if (!heard) {
            owners.invalidateAll();
        }
    }

    boolean listening() {
        return listening;
    }
}
