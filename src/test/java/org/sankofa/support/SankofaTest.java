package org.sankofa.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.test.context.ActiveProfiles;

/**
 * A test of the whole application on a real embedded PostgreSQL (fresh per application context, demo world loaded),
 * served on a random port. All classes with this annotation share one context, so the database is shared: tests
 * create what they need with unique names and never assume an empty table. Its SQL statements can be counted
 * ({@code org.sankofa.database.SqlStatements}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@AutoConfigureMockMvc
@ActiveProfiles("test")
public @interface SankofaTest {
}
