package gt.observatorio.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import static com.tngtech.archunit.core.domain.JavaCall.Predicates.target;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.simpleNameEndingWith;
import static com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import gt.observatorio.engine.compliance.Article10Checks;
import gt.observatorio.engine.compliance.ComplianceChecks;
import gt.observatorio.engine.compliance.ComplianceJobs;
import gt.observatorio.engine.compliance.PlanEvidenceChecks;
import gt.observatorio.engine.db.Database;
import gt.observatorio.engine.pipeline.CrawlPipeline;
import gt.observatorio.engine.pipeline.CrawlRunner;
import gt.observatorio.engine.pipeline.Rescorer;
import gt.observatorio.engine.schedule.CrawlScheduler;
import gt.observatorio.engine.store.DatasetCatalog;
import gt.observatorio.engine.store.PgReadModel;
import gt.observatorio.engine.store.PublicQueries;
import gt.observatorio.engine.store.Retention;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Dependencies point one way: crawler → engine, rules → engine, web → all; the domain imports no framework;
 * orchestration (pipeline, scheduling, compliance checks) lives in the engine and web only wires it.
 */
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

  @Test
  void theComplianceOrchestrationLivesInTheEngineBehindPorts() {
    noClasses().that().resideInAPackage("gt.observatorio.engine.compliance..")
        .should().dependOnClassesThat().resideInAnyPackage(
            "gt.observatorio.crawler..", "gt.observatorio.rules..", "gt.observatorio.web..", "io.vertx.sqlclient..")
        .check(classes);
  }

  @Test
  void webUsesNoQuartzItself() {
    noClasses().that().resideInAPackage("gt.observatorio.web..")
        .should().dependOnClassesThat().resideInAPackage("org.quartz..")
        .check(classes);
  }

  @Test
  void onlyTheCompositionRootAndItsServicesBuildPipelinesSchedulersAndComplianceChecks() {
    noClasses().that().resideInAPackage("gt.observatorio.web..")
        .and().doNotBelongToAnyOf(Observatory.class)
        .and().resideOutsideOfPackage("gt.observatorio.web.services..")
        .should().callConstructorWhere(target(owner(belongToAnyOf(CrawlPipeline.class, Rescorer.class,
            CrawlRunner.class, CrawlScheduler.class, ComplianceChecks.class, Article10Checks.class,
            PlanEvidenceChecks.class))))
        .orShould().dependOnClassesThat().belongToAnyOf(ComplianceJobs.class)
        .check(classes);
  }

  @Test
  void commandsAndRoutesGetTheirStoresFromTheServicesNeverFromTheDatabase() {
    noClasses().that().resideInAnyPackage("gt.observatorio.web.cli..", "gt.observatorio.web.api..",
            "gt.observatorio.web.laip..", "gt.observatorio.web.plan..", "gt.observatorio.web.demo..",
            "gt.observatorio.web.bench..")
        .should().dependOnClassesThat().resideInAPackage("io.vertx.sqlclient..")
        .orShould().dependOnClassesThat().belongToAnyOf(Database.class)
        .orShould().callConstructorWhere(target(owner(simpleNameEndingWith("Repository")
            .or(belongToAnyOf(PgReadModel.class, PublicQueries.class, DatasetCatalog.class, Retention.class)))))
        .check(classes);
  }
}
