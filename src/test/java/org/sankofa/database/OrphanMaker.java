package org.sankofa.database;

import java.nio.file.Path;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A Sankofa that is about to be killed: starts the embedded database on the directory given, writes a row, says
 * {@value #READY} and waits. {@link OrphanedServerTests} runs it in a JVM of its own and kills that JVM with SIGKILL,
 * which leaves its PostgreSQL running, as {@code kill -9} of the application does.
 */
public final class OrphanMaker {

    static final String READY = "ORPHAN-READY";

    private OrphanMaker() {
    }

    public static void main(String[] args) throws Exception {
        var properties = new EmbeddedDatabaseProperties(Path.of(args[0]), false, 0, "sankofa");
        EmbeddedPostgres postgres = new EmbeddedDatabaseConfiguration().embeddedPostgres(properties);
        JdbcClient jdbc = JdbcClient.create(postgres.getPostgresDatabase());
        jdbc.sql("create table kept (note text)").update();
        jdbc.sql("insert into kept values ('written before the crash')").update();
        System.out.println(READY);
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
