package org.sankofa;


import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The modules use each other only through their public API, named interfaces and events, and only as their
 * {@code package-info.java} allows: a new dependency that is not declared fails here. Writes the module diagrams.
 */
class ModularityTests {

    /** What {@link ApplicationModule#allowedDependencies()} holds when a module declares nothing (any dependency). */
    private static final String UNDECLARED = undeclared();

    private final ApplicationModules modules = ApplicationModules.of(SankofaApplication.class);

    @Test
    void modulesOnlyUseEachOthersPublicApi() {
        modules.verify();
    }

    @Test
    void everyModuleDeclaresItsAllowedDependencies() throws ClassNotFoundException {
        int checked = 0;
        for (var module : modules) {
            String packageName = module.getBasePackage().getName();
            ApplicationModule declared = Class.forName(packageName + ".package-info").getAnnotation(
                    ApplicationModule.class);
            assertThat(declared).as("@ApplicationModule on %s", packageName).isNotNull();
            assertThat(declared.allowedDependencies()).as("allowedDependencies of %s", packageName)
                    .doesNotContain(UNDECLARED);
            checked++;
        }
        assertThat(checked).isGreaterThanOrEqualTo(15);
    }

    @Test
    void writesModuleDocumentation() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml()
                .writeModuleCanvases();
    }

    private static String undeclared() {
        try {
            return ((String[]) ApplicationModule.class.getMethod("allowedDependencies").getDefaultValue())[0];
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException(e);
        }
    }
}
