package dev.slotwise.api;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/** The domain modules depend on each other only through their published types (Spring Modulith). */
class ModularityTests {
  private final ApplicationModules modules = ApplicationModules.of(SlotwiseApplication.class);

  @Test
  void modulesKeepToTheirBoundaries() {
    modules.verify();
  }

  @Test
  void writesModuleDocumentation() {
    // target/spring-modulith-docs: a diagram of the modules and a canvas per module, for reviewers.
    new Documenter(modules).writeDocumentation();
  }
}
