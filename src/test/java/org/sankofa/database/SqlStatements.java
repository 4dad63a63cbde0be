package org.sankofa.database;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.jdbc.datasource.DelegatingDataSource;
import org.springframework.stereotype.Component;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.RequestBuilder;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

/**
 * Counts the SQL statements a piece of code sends on this thread, so that a test can show that a list page or a lookup
 * costs the same number of statements however many rows it shows — no query per row. A prepared statement counts once
 * however many times a batch runs it; a plain statement counts once per execution.
 *
 * <p>A component of the tests, so every application context of the tests that scans {@code org.sankofa.database}
 * counts: the shared one of {@code @SankofaTest}, and a module test that bootstraps the database module (as a
 * dependency, or with {@code extraIncludes = "database"} when its module only needs a database for its SQL). Outside
 * {@link #count} nothing is counted.
 */
@Component
public class SqlStatements implements BeanPostProcessor {

    private static final ThreadLocal<AtomicInteger> COUNTER = new ThreadLocal<>();

    /** The code whose statements are counted (a service call, a request through MockMvc…). */
    @FunctionalInterface
    public interface Work {
        void run() throws Exception;
    }

    /** How many statements {@code work} sent to the database on this thread. */
    public static int count(Work work) throws Exception {
        AtomicInteger outer = COUNTER.get();
        AtomicInteger counter = new AtomicInteger();
        COUNTER.set(counter);
        try {
            work.run();
        } finally {
            if (outer == null) {
                COUNTER.remove();
            } else {
                outer.addAndGet(counter.get());
                COUNTER.set(outer);
            }
        }
        return counter.get();
    }

    /** How many statements each request sends, one after the other; each must answer 200. */
    public static int[] eachRequest(MockMvc mvc, List<RequestBuilder> requests) throws Exception {
        int[] counts = new int[requests.size()];
        for (int i = 0; i < requests.size(); i++) {
            RequestBuilder request = requests.get(i);
            counts[i] = count(() -> mvc.perform(request).andExpect(status().isOk()));
        }
        return counts;
    }

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof DataSource dataSource && !(bean instanceof Counting)) {
            return new Counting(dataSource);
        }
        return bean;
    }

    private static void counted() {
        AtomicInteger counter = COUNTER.get();
        if (counter != null) {
            counter.incrementAndGet();
        }
    }

    /** The application's data source, whose connections count what they prepare and execute. */
    private static final class Counting extends DelegatingDataSource {

        Counting(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return counting(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return counting(super.getConnection(username, password));
        }
    }

    private static Connection counting(Connection connection) {
        return (Connection) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(),
                new Class<?>[] {Connection.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        case "prepareStatement", "prepareCall":
                            counted();
                            return invoke(method, connection, args);
                        case "createStatement":
                            return counting((Statement) invoke(method, connection, args));
                        default:
                            return invoke(method, connection, args);
                    }
                });
    }

    /** A plain statement (no parameters): each execution is a statement sent. */
    private static Statement counting(Statement statement) {
        return (Statement) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(),
                new Class<?>[] {Statement.class}, (proxy, method, args) -> {
                    switch (method.getName()) {
                        case "equals":
                            return proxy == args[0];
                        case "hashCode":
                            return System.identityHashCode(proxy);
                        default:
                            if (method.getName().startsWith("execute")) {
                                counted();
                            }
                            return invoke(method, statement, args);
                    }
                });
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
