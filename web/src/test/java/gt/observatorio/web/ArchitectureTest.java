package gt.observatorio.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Dependencies point one way: crawler → engine, rules → engine, web → all; the domain imports no framework. */
class ArchitectureTest {
  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        // the engine's test classes reach this module as a test jar when the reactor packages it (verify)
        .withImportOption(location -> !location.contains("-tests.jar"))
        .importPackages("gt.observatorio");
  }

  @Test
  void theDomainModelImportsNoFrameworkOnlyTheJdk() {
    classes().that().resideInAPackage("gt.observatorio.engine.domain..")
        .should().onlyDependOnClassesThat().resideInAnyPackage("gt.observatorio.engine.domain..", "java..")
        .check(classes);
  }

  @Test
  void theEngineDoesNotImportCrawlerRulesOrWeb() {
    noClasses().that().resideInAPackage("gt.observatorio.engine..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "gt.observatorio.crawler..", "gt.observatorio.rules..", "gt.observatorio.web..")
        .check(classes);
  }

  @Test
  void theCrawlerDoesNotImportRulesOrWeb() {
    noClasses().that().resideInAPackage("gt.observatorio.crawler..")
        .should().dependOnClassesThat().resideInAnyPackage("gt.observatorio.rules..", "gt.observatorio.web..")
        .check(classes);
  }

  @Test
  void theRulesUseOnlyTheEnginesDomainPortsAndConfiguration() {
    noClasses().that().resideInAPackage("gt.observatorio.rules..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "gt.observatorio.crawler..", "gt.observatorio.web..", "gt.observatorio.engine.store..",
            "gt.observatorio.engine.db..", "gt.observatorio.engine.pipeline..", "io.vertx..")
        .check(classes);
  }

  @Test
  void theDomainAndPortsDoNotTouchTheDatabaseOrTheNetworkLibraries() {
    noClasses().that().resideInAnyPackage("gt.observatorio.engine.port..")
        .should().dependOnClassesThat().resideInAnyPackage("io.vertx.sqlclient..", "io.vertx.pgclient..",
            "org.apache.hc..", "org.quartz..", "org.flywaydb..")
        .check(classes);
  }
}
