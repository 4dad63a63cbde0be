package org.sankofa.cases;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.Statement;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Counts the SQL statements a piece of work sends to the database, on the calling thread: import it into a test
 * ({@code @Import(SqlStatements.class)}) and wrap the work in {@link #count(Supplier)}. The application's data source
 * is wrapped so that every prepared statement, call and plain statement executed is counted — commits and the like
 * are not statements. Work done on other threads (after-commit listeners) is not counted.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SqlStatements {

    private static final ThreadLocal<int[]> COUNTING = new ThreadLocal<>();
    private static final Set<String> PREPARING = Set.of("prepareStatement", "prepareCall");
    private static final Set<String> EXECUTING = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    /** What the work answered, and how many statements it sent. */
    public record Counted<T>(T result, int statements) {
    }

    /** Runs the work on this thread and counts the statements it sends. */
    public static <T> Counted<T> count(Supplier<T> work) {
        int[] counter = new int[1];
        int[] outer = COUNTING.get();
        COUNTING.set(counter);
        try {
            return new Counted<>(work.get(), counter[0]);
        } finally {
            COUNTING.set(outer);
        }
    }

    /** The statements {@code work} sends. */
    public static int statementsOf(Runnable work) {
        return count(() -> {
            work.run();
            return null;
        }).statements();
    }

    @Bean
    static BeanPostProcessor countingDataSource() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? proxy(DataSource.class, dataSource) : bean;
            }
        };
    }

    private static void counted() {
        int[] counter = COUNTING.get();
        if (counter != null) {
            counter[0]++;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T proxy(Class<T> type, T target) {
        InvocationHandler handler = (proxy, method, args) -> {
            Object result = invoke(method, target, args);
            if (target instanceof DataSource && result instanceof Connection connection) {
                return proxy(Connection.class, connection);
            }
            if (target instanceof Connection) {
                if (PREPARING.contains(method.getName())) {
                    counted();
                } else if (method.getName().equals("createStatement") && result instanceof Statement statement) {
                    return proxy(Statement.class, statement);
                }
            }
            if (target instanceof Statement && EXECUTING.contains(method.getName())) {
                counted();
            }
            return result;
        };
        return (T) Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] {type}, handler);
    }

    private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
        if (method.getName().equals("unwrap") && args != null && args[0] instanceof Class<?> wanted
                && wanted.isInstance(target)) {
            return target;
        }
        if (method.getName().equals("isWrapperFor") && args != null && args[0] instanceof Class<?> wanted
                && wanted.isInstance(target)) {
            return true;
        }
        try {
            return method.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }
}
