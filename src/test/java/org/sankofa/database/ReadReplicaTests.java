package org.sankofa.database;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.logging.Logger;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.sankofa.cases.CountryBasis;
import org.sankofa.cases.VictimMeasure;
import org.sankofa.statistics.VictimStatistics;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.ImportAutoConfiguration;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcTemplateAutoConfiguration;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.FilterType;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The statistics read from a real PostgreSQL streaming replica ({@link StreamingReplica}) while the application writes
 * to the primary: a figure counts a case once the replica has replayed it, and not before (replay paused, the primary
 * has the case, the figure does not: it comes from the replica); a figure asked inside a transaction that writes sees
 * that transaction's writes (primary); with the replica stopped the figure is still answered, from the primary, and
 * the log says so; started again, the replica answers again.
 *
 * <p>Its own small context ({@link Figures}) on the pair of servers, a few seconds; each test counts in a quarter of
 * the 20th century of its own and compares with what it counted before its case.
 */
@SpringBootTest(classes = ReadReplicaTests.Figures.class, webEnvironment = SpringBootTest.WebEnvironment.NONE)
@ActiveProfiles("test")
@ExtendWith(OutputCaptureExtension.class)
@DirtiesContext
class ReadReplicaTests {

    /**
     * Only what a figure needs: the primary (migrated by Flyway), the replica's reads, the figure queries of the cases
     * module and the statistics that sum them.
     */
    @Configuration(proxyBeanMethods = false)
    @ImportAutoConfiguration({ DataSourceAutoConfiguration.class, DataSourceTransactionManagerAutoConfiguration.class,
            JdbcTemplateAutoConfiguration.class, JdbcClientAutoConfiguration.class, FlywayAutoConfiguration.class,
            TransactionAutoConfiguration.class })
    @EnableConfigurationProperties(ReplicaProperties.class)
    @Import(ReplicaConfiguration.class)
    // the figures read from the replica; a programme's enrolled cases are checked against the case's access, and
    // the dashboards against the person's reach in the directory, and the population estimates are audited, which
    // this small context does not hold
    @ComponentScan(basePackages = { "org.sankofa.cases.internal.figures", "org.sankofa.statistics.internal" },
            excludeFilters = {
                @ComponentScan.Filter(type = FilterType.ASSIGNABLE_TYPE, classes = org.sankofa.cases.EnrolledCases.class),
                @ComponentScan.Filter(type = FilterType.REGEX,
                        pattern = "org\\.sankofa\\.statistics\\.internal\\.(Dashboard.*|Reaches|Populations|DetectionRates)") })
    static class Figures {
    }

    private static StreamingReplica servers;

    @DynamicPropertySource
    static void servers(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url", () -> servers().primaryUrl());
        registry.add("spring.datasource.username", () -> "postgres");
        registry.add("sankofa.replica.url", () -> servers().replicaUrl());
        registry.add("sankofa.replica.username", () -> "postgres");
        registry.add("sankofa.replica.connect-timeout", () -> "1s");
        // every figure tries the replica again at once, so that the test sees it answer as soon as it is back
        registry.add("sankofa.replica.retry-after", () -> "0s");
    }

    private static synchronized StreamingReplica servers() {
        if (servers == null) {
            servers = StreamingReplica.start();
        }
        return servers;
    }

    @AfterAll
    static void stopServers() throws Exception {
        if (servers != null) {
            servers.close();
        }
    }

    @Autowired
    VictimStatistics statistics;
    @Autowired
    ReplicaReads reads;
    @Autowired
    PlatformTransactionManager transactions;
    @Autowired
    JdbcClient jdbc;

    private final Random random = new Random();
    private LocalDate from;

    @BeforeEach
    void quarter() {
        from = LocalDate.of(1901 + random.nextInt(98), 3 * random.nextInt(4) + 1, 1);
    }

    @Test
    void aCaseWrittenOnThePrimaryIsCountedOnceTheReplicaHasReplayedIt() {
        servers.awaitCaughtUp();
        long before = identifiedInMali();
        insertCase(servers.primary());
        servers.awaitCaughtUp();

        assertThat(identifiedInMali()).isEqualTo(before + 1);
    }

    @Test
    void whileTheReplicaLagsTheFigureIsTheReplicasNotThePrimarys() {
        servers.awaitCaughtUp();
        long before = identifiedInMali();
        servers.pauseReplay();
        try {
            insertCase(servers.primary());
            assertThat(countOn(servers.primary())).as("the primary has the case").isEqualTo(before + 1);

            assertThat(identifiedInMali()).as("the replica has not replayed it yet").isEqualTo(before);
        } finally {
            servers.resumeReplay();
        }
        servers.awaitCaughtUp();
        assertThat(identifiedInMali()).isEqualTo(before + 1);
    }

    @Test
    void aFigureAskedInsideATransactionThatWritesSeesItsWrites() {
        servers.awaitCaughtUp();
        long before = identifiedInMali();
        servers.pauseReplay();
        try {
            long inside = new TransactionTemplate(transactions).execute(status -> {
                insertCase(jdbc);
                return identifiedInMali();
            });
            assertThat(inside).isEqualTo(before + 1);
            assertThat(identifiedInMali()).as("outside, the replica still lags").isEqualTo(before);
        } finally {
            servers.resumeReplay();
        }
    }

    @Test
    void withTheReplicaStoppedFiguresComeFromThePrimaryAndFromTheReplicaOnceItIsBack(CapturedOutput log)
            throws Exception {
        servers.awaitCaughtUp();
        long before = identifiedInMali();
        servers.stopReplica();
        try {
            insertCase(servers.primary());
            assertThat(identifiedInMali()).as("answered by the primary").isEqualTo(before + 1);
            assertThat(log.getOut()).contains("figures are read from the primary");
        } finally {
            servers.startReplica();
        }
        servers.awaitCaughtUp();
        servers.pauseReplay();
        try {
            insertCase(servers.primary());
            assertThat(identifiedInMali()).as("the replica answers again, and lags").isEqualTo(before + 1);
            assertThat(log.getOut()).contains("answers again");
        } finally {
            servers.resumeReplay();
        }
    }

    @Test
    void anUnreachableReplicaIsNotAskedAgainBeforeItsRetryTime() {
        AtomicInteger attempts = new AtomicInteger();
        ReplicaReads withDeadReplica = ReplicaReads.withReplica(servers.primary(), new Unreachable(attempts),
                "nowhere", Duration.ofHours(1));

        assertThat(withDeadReplica.read(ReadReplicaTests::serverIsAStandby)).isFalse();
        assertThat(withDeadReplica.read(ReadReplicaTests::serverIsAStandby)).isFalse();
        assertThat(attempts).as("one try, then straight to the primary").hasValue(1);
        assertThat(reads.read(ReadReplicaTests::serverIsAStandby)).as("the application's replica").isTrue();
    }

    private static boolean serverIsAStandby(JdbcClient jdbc) {
        return jdbc.sql("select pg_is_in_recovery()").query(Boolean.class).single();
    }

    private long identifiedInMali() {
        return statistics.count(VictimMeasure.VICTIMS_IDENTIFIED, CountryBasis.IDENTIFIED_IN, List.of("ML"), from,
                from.plusMonths(3).minusDays(1)).total();
    }

    private long countOn(JdbcClient jdbc) {
        return jdbc.sql("""
                select count(*) from case_file where identified_country = 'ML' and identified_on between ? and ?
                   and trafficking_status <> 'NotAVictimOfTrafficking'""")
                .params(from, from.plusMonths(3).minusDays(1)).query(Long.class).single();
    }

    /** A case identified in Mali in this test's quarter, written with {@code jdbc}. */
    private void insertCase(JdbcClient jdbc) {
        long office = office(jdbc);
        jdbc.sql("""
                insert into case_file (case_number, office_id, identified_on, identified_country,
                                       identifying_office_id, referral_source, trafficking_status, sex,
                                       age_at_identification, age_estimated, citizenship, exploitation_types)
                values (?, ?, ?, 'ML', ?, 'NgoOutreach', 'PossibleVictimOfTrafficking', 'Feminine', 14, false, 'ML',
                        array['ForcedBegging']::varchar[])""")
                .params("REPL-" + UUID.randomUUID().toString().substring(0, 12), office,
                        from.plusDays(random.nextInt(90)), office)
                .update();
    }

    /** An office for the cases of these tests (no demo world here). */
    private static long office(JdbcClient jdbc) {
        return jdbc.sql("select id from office where code = 'ML-REPL'").query(Long.class).optional().orElseGet(() -> {
            long organisation = jdbc.sql("""
                    insert into organisation (name, type, country_code) values ('Replica test', 'NGO', 'ML')
                    returning id""").query(Long.class).single();
            return jdbc.sql("""
                    insert into office (organisation_id, code, name, country_code, city)
                    values (?, 'ML-REPL', 'Replica test', 'ML', 'Bamako') returning id""")
                    .param(organisation).query(Long.class).single();
        });
    }

    /** A replica that refuses every connection, and counts the attempts. */
    private record Unreachable(AtomicInteger attempts) implements DataSource {

        @Override
        public Connection getConnection() throws SQLException {
            attempts.incrementAndGet();
            throw new SQLTransientConnectionException("connection refused", "08001");
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
