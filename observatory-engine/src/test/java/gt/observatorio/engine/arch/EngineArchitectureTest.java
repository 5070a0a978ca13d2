package gt.observatorio.engine.arch;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "gt.observatorio.engine", importOptions = ImportOption.DoNotIncludeTests.class)
class EngineArchitectureTest {
  @ArchTest
  static final ArchRule domainImportsNoFramework = classes().that().resideInAPackage("..engine.domain..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..engine.domain..");

  @ArchTest
  static final ArchRule portsSeeOnlyTheDomain = classes().that().resideInAPackage("..engine.port..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..engine.domain..", "..engine.port..");

  @ArchTest
  static final ArchRule theMaturityCoreIsPure = classes().that().resideInAPackage("..engine.maturity..")
      .should().onlyDependOnClassesThat().resideInAnyPackage("java..", "..engine.domain..", "..engine.maturity..");

  @ArchTest
  static final ArchRule sqlLivesInTheStore = noClasses()
      .that().resideOutsideOfPackages("..engine.store..", "..engine.db..")
      .should().dependOnClassesThat().haveFullyQualifiedName("io.vertx.sqlclient.Tuple")
      .orShould().dependOnClassesThat().haveFullyQualifiedName("io.vertx.sqlclient.SqlConnection");
}
