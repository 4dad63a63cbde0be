package org.sankofa.support;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.CallableStatement;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.concurrent.Callable;

import javax.sql.DataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.datasource.DelegatingDataSource;

/**
 * Counts the SQL statements that the application runs on the current thread, so that a test can check that a list
 * does not run one more query per row (an N+1): count a page or a service call for a few rows and for more rows, and
 * compare. The application's {@link DataSource} is wrapped (by {@link Counting}, imported by {@link SankofaTest}; an
 * {@code @ApplicationModuleTest} imports it with {@code @Import(SqlStatements.Counting.class)}) so that every
 * execution of a statement on a connection it gave counts once; other threads (background work) never count.
 *
 * <pre>{@code
 * long few = SqlStatements.countWhile(() -> mvc.perform(get("/plans/comparison?ids=1,2")));
 * long more = SqlStatements.countWhile(() -> mvc.perform(get("/plans/comparison?ids=1,2,3,4")));
 * assertThat(more).isEqualTo(few);
 * }</pre>
 */
public final class SqlStatements {

    private static final Set<String> EXECUTIONS = Set.of("execute", "executeQuery", "executeUpdate",
            "executeLargeUpdate", "executeBatch", "executeLargeBatch");

    private static final Set<String> WRAPPER = Set.of("unwrap", "isWrapperFor");

    private static final ThreadLocal<long[]> COUNTER = new ThreadLocal<>();

    private SqlStatements() {
    }

    /** Runs {@code work} and answers how many SQL statements it executed on this thread. */
    public static long countWhile(Callable<?> work) {
        long[] previous = COUNTER.get();
        long[] count = new long[1];
        COUNTER.set(count);
        try {
            work.call();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IllegalStateException(e);
        } finally {
            COUNTER.set(previous);
        }
        return count[0];
    }

    /** Wraps the application's data source so that statements count. */
    @TestConfiguration(proxyBeanMethods = false)
    public static class Counting {

        @Bean
        static BeanPostProcessor countingDataSources() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String beanName) {
                    return bean instanceof DataSource dataSource && !(bean instanceof CountingDataSource)
                            ? new CountingDataSource(dataSource) : bean;
                }
            };
        }
    }

    /** A data source whose connections count the statements executed on them. */
    static final class CountingDataSource extends DelegatingDataSource {

        CountingDataSource(DataSource target) {
            super(target);
        }

        @Override
        public Connection getConnection() throws SQLException {
            return connection(super.getConnection());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            return connection(super.getConnection(username, password));
        }

        private static Connection connection(Connection target) {
            return proxy(Connection.class, target, (proxy, method, args) -> {
                Object result = invoke(target, method, args);
                return switch (method.getName()) {
                    case "createStatement" -> statement(Statement.class, (Statement) result);
                    case "prepareStatement" -> statement(PreparedStatement.class, (PreparedStatement) result);
                    case "prepareCall" -> statement(CallableStatement.class, (CallableStatement) result);
                    default -> result;
                };
            });
        }

        private static <S extends Statement> S statement(Class<S> type, S target) {
            return proxy(type, target, (proxy, method, args) -> {
                if (EXECUTIONS.contains(method.getName())) {
                    long[] count = COUNTER.get();
                    if (count != null) {
                        count[0]++;
                    }
                }
                return invoke(target, method, args);
            });
        }

        private static <T> T proxy(Class<T> type, T target, InvocationHandler handler) {
            InvocationHandler delegating = (proxy, method, args) -> WRAPPER.contains(method.getName())
                    ? invoke(target, method, args) : handler.invoke(proxy, method, args);
            return type.cast(Proxy.newProxyInstance(SqlStatements.class.getClassLoader(), new Class<?>[] { type },
                    delegating));
        }

        private static Object invoke(Object target, Method method, Object[] args) throws Throwable {
            try {
                return method.invoke(target, args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        }
    }
}
