package org.sankofa.identity.internal;

import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Growing waits between failed sign-ins instead of a lock: after a few failures, every further attempt must wait, and
 * the wait doubles after each failure, up to a longest wait. Two things are counted, in the database so that every
 * node sees the same counts: a source address over every account (an IPv6 address by its /64, which one client
 * usually holds whole), which stops one password tried on many accounts; and one account name tried from that
 * address, which stops guessing one person's password without stopping that person from signing in from anywhere
 * else. Unknown and real account names are counted alike, so that a wait says nothing about whether an account
 * exists.
 * <p>
 * An attempt is counted as a failure when it starts (in one statement per count, so that attempts sent in parallel
 * cannot slip through together) and given back when it succeeds. An attempt refused because of a wait is not counted
 * and checks nothing. Keys are SHA-256 digests: no name typed at the sign-in is stored here.
 */
@Component
class SignInThrottle {

    /** The account key of the row that counts every account tried from an address. */
    static final String EVERY_ACCOUNT = "";

    private final JdbcClient jdbc;
    private final SecurityProperties properties;
    private final TransactionTemplate transaction;

    SignInThrottle(JdbcClient jdbc, SecurityProperties properties, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.properties = properties;
        this.transaction = new TransactionTemplate(transactions);
        // the counts stand on their own, whatever else the caller does in a transaction
        this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * Counts an attempt to sign in to an account from an address, unless one of them must still wait.
     *
     * @return empty when the attempt may go ahead; otherwise how long is left to wait (at least a second)
     */
    Optional<Duration> begin(String username, String address) {
        String source = addressKey(address);
        String account = accountKey(username);
        forgetOldFailures();
        return transaction.execute(status -> {
            // the address first, then the account from it: every attempt takes the rows in the same order
            if (count(source, EVERY_ACCOUNT, properties.addressFailuresBeforeWait())
                    && count(source, account, properties.accountFailuresBeforeWait())) {
                return Optional.<Duration>empty();
            }
            long seconds = jdbc.sql("""
                    select greatest(ceil(extract(epoch from max(wait_until) - now())), 1)::bigint
                      from sign_in_throttle
                     where address_key = :address and account_key in (:every, :account) and wait_until > now()""")
                    .param("address", source).param("every", EVERY_ACCOUNT).param("account", account)
                    .query(Long.class).single();
            status.setRollbackOnly(); // the count of the other key is not taken either
            return Optional.of(Duration.ofSeconds(seconds));
        });
    }

    /** The attempt succeeded: it is given back, and the account's failures from that address are forgotten. */
    void succeeded(String username, String address) {
        String source = addressKey(address);
        transaction.executeWithoutResult(status -> {
            jdbc.sql("""
                    update sign_in_throttle
                       set failures = failures - 1,
                           wait_until = case when failures - 1 > :free then wait_until end
                     where address_key = :address and account_key = :every and failures > 0""")
                    .param("free", properties.addressFailuresBeforeWait())
                    .param("address", source).param("every", EVERY_ACCOUNT)
                    .update();
            jdbc.sql("delete from sign_in_throttle where address_key = ? and account_key = ?")
                    .params(source, accountKey(username)).update();
        });
    }

    /**
     * Deletes the rows whose failures are forgotten, in a statement of its own that skips rows other attempts hold:
     * it never waits for them, nor makes them wait beyond itself.
     */
    private void forgetOldFailures() {
        jdbc.sql("""
                delete from sign_in_throttle
                 where (address_key, account_key) in (
                       select address_key, account_key from sign_in_throttle
                        where last_failure_at < now() - :forgotten * interval '1 second'
                          and (wait_until is null or wait_until <= now())
                          for update skip locked)""")
                .param("forgotten", properties.failuresForgottenAfter().toSeconds())
                .update();
    }

    /** Lifts every wait of an account, from every address (an administrator's decision). */
    void forget(String username) {
        jdbc.sql("delete from sign_in_throttle where account_key = ?").param(accountKey(username)).update();
    }

    /**
     * One more failure for a key, unless it must wait: the first {@code free} failures need no wait; the next sets
     * the first wait, and each one after that doubles it, up to the longest wait.
     *
     * @return whether the attempt was counted (false: it must wait)
     */
    private boolean count(String address, String account, int free) {
        return jdbc.sql("""
                insert into sign_in_throttle as t (address_key, account_key, failures, last_failure_at, wait_until)
                values (:address, :account, 1, now(),
                        case when 1 > :free then now() + :first * interval '1 second' end)
                on conflict (address_key, account_key) do update
                   set failures = t.failures + 1,
                       last_failure_at = now(),
                       wait_until = case when t.failures + 1 > :free
                                         then now() + least(:first * power(2, least(t.failures - :free, 40)),
                                                            :longest) * interval '1 second' end
                 where t.wait_until is null or t.wait_until <= now()
                returning failures""")
                .param("address", address).param("account", account).param("free", free)
                .param("first", seconds(properties.firstWait())).param("longest", seconds(properties.longestWait()))
                .query(Integer.class).optional().isPresent();
    }

    private static double seconds(Duration duration) {
        return duration.toMillis() / 1000.0;
    }

    static String addressKey(String address) {
        return digest("address " + source(address));
    }

    static String accountKey(String username) {
        String normalised = UserAccountRepository.normalise(username);
        return digest("account " + (normalised == null ? "" : normalised));
    }

    /**
     * What counts as one source: an IPv4 address, or the /64 network of an IPv6 address. Only literal addresses are
     * parsed (never looked up in the DNS); anything else counts as itself.
     */
    static String source(String address) {
        if (address == null || address.isBlank()) {
            return "unknown";
        }
        char first = address.charAt(0);
        if (address.indexOf(':') >= 0 && (Character.digit(first, 16) >= 0 || first == ':')) {
            try {
                InetAddress parsed = InetAddress.getByName(address);
                if (parsed instanceof Inet6Address) {
                    return HexFormat.of().formatHex(parsed.getAddress(), 0, 8) + "::/64";
                }
                return parsed.getHostAddress();
            } catch (UnknownHostException | IllegalArgumentException e) {
                return address;
            }
        }
        return address;
    }

    private static String digest(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
