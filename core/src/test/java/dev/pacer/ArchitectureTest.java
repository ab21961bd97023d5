package dev.pacer;

import static com.tngtech.archunit.core.domain.JavaClass.Predicates.belongToAnyOf;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.codeUnits;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import dev.pacer.archfixture.LeakyApi;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import org.junit.jupiter.api.Test;

/**
 * The boundaries of pacer-core that {@code module-info.java} cannot state: only the entry points
 * reach into {@code dev.pacer.internal}, and no public method of a public type outside it takes
 * or returns an internal type. Each rule is also shown failing on a deliberate violation.
 */
final class ArchitectureTest {
  static final String INTERNAL = "dev.pacer.internal..";

  /** The types that build and drive the internals; everything else in core stays clear of them. */
  static final Class<?>[] ENTRY_POINTS = {
      Pacer.class, PacerDiagnostics.class,
      // The policy parses and validates its path templates with the internal parser.
      RateLimitPolicy.class, Rule.class,
      // The SPI's factory for the default store.
      dev.pacer.store.BucketStore.class,
  };

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.pacer");

  static ArchRule onlyEntryPointsReachIntoInternal() {
    return noClasses().that().resideOutsideOfPackage(INTERNAL)
        .and().resideInAPackage("dev.pacer..")
        .and(com.tngtech.archunit.base.DescribedPredicate.not(belongToAnyOf(ENTRY_POINTS)))
        .should().dependOnClassesThat().resideInAPackage(INTERNAL)
        .because("dev.pacer.internal has no compatibility promise");
  }

  static ArchRule publicApiNeverExposesAnInternalType() {
    return codeUnits().that().arePublic()
        .and().areDeclaredInClassesThat().arePublic()
        .and().areDeclaredInClassesThat().resideOutsideOfPackage(INTERNAL)
        .should(new ArchCondition<JavaCodeUnit>("neither take nor return a type from dev.pacer.internal") {
          @Override
          public void check(JavaCodeUnit unit, ConditionEvents events) {
            boolean leaks = isInternal(unit.getRawReturnType());
            for (JavaClass p : unit.getRawParameterTypes()) leaks |= isInternal(p);
            if (leaks) events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " exposes an internal type"));
          }
        })
        .allowEmptyShould(true);
  }

  private static boolean isInternal(JavaClass type) {
    return type.getPackageName().startsWith("dev.pacer.internal");
  }

  @Test
  void onlyTheEntryPointsDependOnInternals() {
    onlyEntryPointsReachIntoInternal().check(CORE);
  }

  @Test
  void noPublicMethodOutsideInternalTakesOrReturnsAnInternalType() {
    publicApiNeverExposesAnInternalType().check(CORE);
  }

  @Test
  void theRulesCatchADeliberateViolation() {
    JavaClasses leaky = new ClassFileImporter().importClasses(LeakyApi.class);
    AssertionError reach = assertThrows(AssertionError.class, () -> onlyEntryPointsReachIntoInternal().check(leaky));
    assertTrue(reach.getMessage().contains("LeakyApi"), reach.getMessage());
    AssertionError exposed = assertThrows(AssertionError.class, () -> publicApiNeverExposesAnInternalType().check(leaky));
    assertTrue(exposed.getMessage().contains("LeakyApi.engine()"), exposed.getMessage());
  }
}
