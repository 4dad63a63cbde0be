package org.sankofa.identity.internal;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;
import org.sankofa.support.SankofaTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The waits between sign-in attempts, on the real database with the shipped settings (5 free failures per account
 * from an address, 20 per address, a first wait of 15 s doubling up to 15 min, forgotten after an hour). Time passes by
 * moving the recorded times back, never by waiting.
 */
@SankofaTest
class SignInThrottleTests {

    @Autowired
    SignInThrottle throttle;

    @Autowired
    JdbcClient jdbc;

    @Test
    void theFirstFiveFailuresOfAnAccountFromAnAddressAreFreeThenTheWaitDoublesUpToTheLongest() {
        String address = "198.18.0.1";
        String username = "doubling";
        for (int i = 0; i < 5; i++) {
            assertThat(throttle.begin(username, address)).isEmpty();
            assertThat(wait(address, username)).as("failure %d", i + 1).isNull();
        }
        List<Long> waits = new ArrayList<>();
        for (int i = 0; i < 9; i++) {
            assertThat(throttle.begin(username, address)).as("after the wait has passed").isEmpty();
            waits.add(wait(address, username));
            Optional<Duration> refused = throttle.begin(username, address);
            assertThat(refused).as("during the wait").isPresent();
            assertThat(refused.get()).isPositive().isLessThanOrEqualTo(Duration.ofSeconds(waits.get(i)));
            passTheWait(address);
        }

        assertThat(waits).containsExactly(15L, 30L, 60L, 120L, 240L, 480L, 900L, 900L, 900L);
        assertThat(failures(address, SignInThrottle.accountKey(username))).as("attempts refused are not counted")
                .isEqualTo(14);
    }

    @Test
    void anAddressWaitsAfterTwentyFailuresWhateverTheAccountsAndOtherAddressesDoNot() {
        String address = "198.18.0.2";
        for (int i = 0; i < 21; i++) {
            assertThat(throttle.begin("spray-" + i, address)).as("attempt %d", i + 1).isEmpty();
        }

        assertThat(throttle.begin("spray-new", address)).isPresent();
        assertThat(throttle.begin("spray-new", "198.18.0.3")).isEmpty();
        assertThat(failures(address, SignInThrottle.accountKey("spray-new")))
                .as("an attempt refused for its address counts for no key").isNull();
    }

    @Test
    void aSuccessGivesItsAttemptBackAndForgetsTheAccountsFailuresFromThatAddress() {
        String address = "198.18.0.4";
        for (int i = 0; i < 4; i++) {
            throttle.begin("success", address);
        }
        throttle.begin("success", address);
        throttle.succeeded("success", address);

        assertThat(failures(address, SignInThrottle.accountKey("success"))).isNull();
        assertThat(failures(address, SignInThrottle.EVERY_ACCOUNT)).isEqualTo(4);
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLastOne() {
        String address = "198.18.0.5";
        for (int i = 0; i < 6; i++) {
            throttle.begin("forgotten", address);
        }
        assertThat(throttle.begin("forgotten", address)).isPresent();

        jdbc.sql("""
                update sign_in_throttle set last_failure_at = now() - interval '61 minutes',
                                            wait_until = now() - interval '1 second'
                 where address_key = ?""").param(SignInThrottle.addressKey(address)).update();

        assertThat(throttle.begin("forgotten", address)).isEmpty();
        assertThat(failures(address, SignInThrottle.accountKey("forgotten"))).isEqualTo(1);
    }

    @Test
    void attemptsSentTogetherCannotSlipThroughTheWait() throws Exception {
        String address = "198.18.0.6";
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                attempts.add(() -> throttle.begin("parallel", address).isEmpty());
            }
            long allowed = 0;
            for (Future<Boolean> attempt : pool.invokeAll(attempts)) {
                allowed += attempt.get() ? 1 : 0;
            }
            assertThat(allowed).as("five free and the one that starts the wait").isEqualTo(6);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void anAdministratorLiftsTheWaitsOfAnAccountFromEveryAddress() {
        for (String address : List.of("198.18.0.7", "198.18.0.8")) {
            for (int i = 0; i < 6; i++) {
                throttle.begin("lifted", address);
            }
            assertThat(throttle.begin("Lifted", address)).as("names are counted as they sign in").isPresent();
        }

        throttle.forget("lifted");

        assertThat(throttle.begin("lifted", "198.18.0.7")).isEmpty();
        assertThat(throttle.begin("lifted", "198.18.0.8")).isEmpty();
    }

    @Test
    void anIpv6ClientIsOneSourceAcrossItsSlash64() {
        assertThat(SignInThrottle.source("2001:db8:1:2:aaaa::1")).isEqualTo(SignInThrottle.source("2001:db8:1:2::ffff"))
                .isEqualTo("20010db800010002::/64");
        assertThat(SignInThrottle.source("2001:db8:1:3::1")).isNotEqualTo(SignInThrottle.source("2001:db8:1:2::1"));
        assertThat(SignInThrottle.source("::ffff:192.0.2.1")).isEqualTo("192.0.2.1");
        assertThat(SignInThrottle.source("198.51.100.7")).isEqualTo("198.51.100.7");
        assertThat(SignInThrottle.source(null)).isEqualTo("unknown");
        assertThat(SignInThrottle.source("not-an-address:x")).isEqualTo("not-an-address:x");

        for (int i = 0; i < 21; i++) {
            throttle.begin("v6-" + i, "2001:db8:9:9::" + Integer.toHexString(i + 1));
        }
        assertThat(throttle.begin("v6-other", "2001:db8:9:9:ffff::1")).as("another address of the same /64")
                .isPresent();
    }

    @Test
    void noNameTypedIsStored() {
        throttle.begin("someone.secret", "198.18.0.9");

        assertThat(jdbc.sql("select count(*) from sign_in_throttle where account_key like '%someone%' "
                + "or address_key like '%198.18%'").query(Long.class).single()).isZero();
    }

    /** The wait the last failure set, in seconds; null when none. */
    private Long wait(String address, String username) {
        return jdbc.sql("""
                select extract(epoch from wait_until - last_failure_at)::bigint from sign_in_throttle
                 where address_key = ? and account_key = ?""")
                .params(SignInThrottle.addressKey(address), SignInThrottle.accountKey(username))
                .query((rs, n) -> (Long) rs.getObject(1)).list().get(0);
    }

    private Integer failures(String address, String account) {
        return jdbc.sql("select failures from sign_in_throttle where address_key = ? and account_key = ?")
                .params(SignInThrottle.addressKey(address), account).query(Integer.class).optional().orElse(null);
    }

    private void passTheWait(String address) {
        jdbc.sql("""
                update sign_in_throttle set wait_until = now() - interval '1 second'
                 where address_key = ? and wait_until is not null""")
                .param(SignInThrottle.addressKey(address)).update();
    }
}
