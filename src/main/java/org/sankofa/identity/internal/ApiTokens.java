package org.sankofa.identity.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.identity.CurrentUser;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Personal access tokens for the API. Only a SHA-256 of a token is stored; the token itself is shown once.
 * Tokens expire and can be revoked by their owner.
 */
@Service
public class ApiTokens {

    static final String PREFIX = "skf_";
    static final Duration USE_RECORD_INTERVAL = Duration.ofMinutes(5);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final JdbcClient jdbc;
    private final UserAccountRepository users;
    private final AuditLog audit;
    private final TransactionTemplate transaction;
    private final TokenOwners owners;

    ApiTokens(JdbcClient jdbc, UserAccountRepository users, AuditLog audit, PlatformTransactionManager transactions,
            TokenOwners owners) {
        this.jdbc = jdbc;
        this.users = users;
        this.audit = audit;
        this.transaction = new TransactionTemplate(transactions);
        this.owners = owners;
    }

    public record IssuedToken(long id, String token, Instant expiresAt) {
    }

    public record TokenSummary(long id, String name, String prefix, Instant createdAt, Instant expiresAt,
            Instant revokedAt, Instant lastUsedAt) {

        public boolean active() {
            return revokedAt == null && expiresAt.isAfter(Instant.now());
        }
    }

    @Transactional
    public IssuedToken issue(CurrentUser user, String name, Duration lifetime) {
        byte[] random = new byte[32];
        RANDOM.nextBytes(random);
        String token = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        Instant expiresAt = Instant.now().plus(lifetime);
        long id = jdbc.sql("""
                insert into api_token (user_id, name, token_hash, token_prefix, expires_at)
                values (?, ?, ?, ?, ?) returning id""")
                .params(user.id(), name, sha256(token), token.substring(0, 10), Timestamp.from(expiresAt))
                .query(Long.class).single();
        audit.record(AuditEvent.of(user.getUsername(), "TOKEN_ISSUED", "api_token", id, null));
        return new IssuedToken(id, token, expiresAt);
    }

    /**
     * The owner of an active token. Its use is recorded (last use, and a TOKEN_USED audit entry naming the first
     * request) at most once per {@link #USE_RECORD_INTERVAL} per token: recording every call would serialise every API
     * request on the audit chain. What a request reads of victims' data is audited by the case module on every view.
     * The owner is read from {@link TokenOwners} when it was read lately and nothing about it changed since.
     */
    public Optional<CurrentUser> authenticate(String token, String use) {
        if (token == null || !token.startsWith(PREFIX) || token.length() > 100) {
            return Optional.empty();
        }
        String hash = sha256(token);
        Optional<TokenOwners.Owner> owner = owners.find(hash, () -> read(hash));
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        TokenOwners.Owner found = owner.get();
        Instant now = Instant.now();
        if (found.useRecordedAt() == null || found.useRecordedAt().isBefore(now.minus(USE_RECORD_INTERVAL))) {
            // a transaction only when the use is due to be recorded; the conditional update records each interval's
            // use once, whichever node sees it first
            transaction.executeWithoutResult(status -> {
                int recorded = jdbc.sql("""
                        update api_token set last_used_at = now()
                         where id = ? and (last_used_at is null or last_used_at < now() - ? * interval '1 second')""")
                        .params(found.tokenId(), USE_RECORD_INTERVAL.toSeconds()).update();
                if (recorded > 0) {
                    audit.record(AuditEvent.of(found.user().getUsername(), "TOKEN_USED", "api_token",
                            found.tokenId(), use));
                }
            });
            owners.usedRecorded(hash, found, now);
        }
        return Optional.of(found.user());
    }

    /** An active token of an enabled account, read outside a transaction (every uncached API call passes here). */
    private Optional<TokenOwners.Owner> read(String hash) {
        record Token(long id, long userId, Instant expiresAt, Instant lastUsedAt) {
        }
        return jdbc.sql("""
                select id, user_id, expires_at, last_used_at from api_token
                 where token_hash = ? and revoked_at is null and expires_at > now()""")
                .param(hash)
                .query((rs, n) -> new Token(rs.getLong("id"), rs.getLong("user_id"),
                        rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("last_used_at"))))
                .optional()
                .flatMap(token -> users.findById(token.userId())
                        .filter(user -> user.isEnabled() && user.isAccountNonLocked())
                        .map(user -> new TokenOwners.Owner(token.id(), user, token.expiresAt(), token.lastUsedAt())));
    }

    public List<TokenSummary> list(long userId) {
        return jdbc.sql("""
                select id, name, token_prefix, created_at, expires_at, revoked_at, last_used_at
                  from api_token where user_id = ? order by created_at desc""")
                .param(userId)
                .query((rs, n) -> new TokenSummary(rs.getLong("id"), rs.getString("name"),
                        rs.getString("token_prefix"), rs.getTimestamp("created_at").toInstant(),
                        rs.getTimestamp("expires_at").toInstant(), instant(rs.getTimestamp("revoked_at")),
                        instant(rs.getTimestamp("last_used_at"))))
                .list();
    }

    /** Revokes one of the user's own tokens; false when there is no such active token of theirs. */
    @Transactional
    public boolean revoke(CurrentUser user, long tokenId) {
        int updated = jdbc.sql("update api_token set revoked_at = now() where id = ? and user_id = ? and revoked_at is null")
                .params(tokenId, user.id()).update();
        if (updated > 0) {
            audit.record(AuditEvent.of(user.getUsername(), "TOKEN_REVOKED", "api_token", tokenId, null));
            owners.forgetAfterCommit(user.id());
        }
        return updated > 0;
    }

    private static Instant instant(Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }

    static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(
                    MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
