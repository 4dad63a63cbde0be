package org.sankofa.identity;

import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each group of {@link Roles} names the same roles as a security expression and as a set. */
class RolesTests {

    private static final Pattern ROLE = Pattern.compile("'([A-Z_]+)'");

    @Test
    void everyExpressionNamesTheRolesOfItsSet() throws IllegalAccessException {
        int groups = 0;
        for (Field field : Roles.class.getFields()) {
            if (field.getType() != String.class || !Modifier.isStatic(field.getModifiers())) {
                continue;
            }
            String expression = (String) field.get(null);
            Set<Role> named = EnumSet.noneOf(Role.class);
            Matcher m = ROLE.matcher(expression);
            while (m.find()) {
                named.add(Role.valueOf(m.group(1)));
            }
            Field set = Arrays.stream(Roles.class.getFields())
                    .filter(f -> f.getName().equals(setName(field.getName()))).findFirst()
                    .orElseThrow(() -> new AssertionError("no set for " + field.getName()));
            assertThat(named).as(field.getName()).isNotEmpty().isEqualTo(set.get(null));
            groups++;
        }
        assertThat(groups).isEqualTo(9);
    }

    /** Directory and audit spell the administrators' rule themselves (identity depends on them): never another one. */
    @Test
    void modulesThatIdentityDependsOnSpellTheSameAdministratorsRule() throws ReflectiveOperationException {
        for (String access : new String[] {"org.sankofa.directory.web.Access", "org.sankofa.audit.web.Access"}) {
            Field rule = Class.forName(access).getDeclaredField("ADMINISTRATORS");
            rule.setAccessible(true);
            assertThat(rule.get(null)).as(access).isEqualTo(Roles.ADMINISTRATORS);
        }
    }

    /** CASE_STAFF → CASE_STAFF_ROLES, SUPERVISORS → SUPERVISOR_ROLES, CASE_READERS → CASE_READER_ROLES. */
    private static String setName(String expression) {
        String singular = expression.endsWith("S") ? expression.substring(0, expression.length() - 1) : expression;
        return singular + "_ROLES";
    }
}
