package gt.observatorio.rules;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The rules module uses the engine's domain, ports and configuration only: no store, database, pipeline or Vert.x. */
class DependencyRulesTest {
  private final JavaClasses rules = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("gt.observatorio.rules");

  @Test
  void rulesDependOnTheEngineDomainAndPortsOnly() {
    noClasses().that().resideInAPackage("gt.observatorio.rules..")
        .should().dependOnClassesThat().resideInAnyPackage("gt.observatorio.engine.store..",
            "gt.observatorio.engine.db..", "gt.observatorio.engine.pipeline..", "io.vertx..",
            "gt.observatorio.crawler..", "gt.observatorio.web..")
        .check(rules);
  }

  @Test
  void rulesDoNotReadTheClock() {
    noClasses().that().resideInAPackage("gt.observatorio.rules.builtin..")
        .should().callMethod(java.time.Instant.class, "now")
        .orShould().callMethod(System.class, "currentTimeMillis")
        .orShould().callMethod(java.time.LocalDate.class, "now")
        .check(rules);
  }
}
