package dev.pacer.bench;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * Dependencies between Pacer's modules run one way: samples and bench → vendors → vendor support
 * → core, and testkit → core. Read from the compiled classes of every published module, which
 * this module has on its classpath; the rules fail the build when a module reaches "up" or into
 * core's internals.
 */
final class ModuleLayeringTest {
  private static final String[] CORE = {"dev.pacer", "dev.pacer.event..", "dev.pacer.policy..", "dev.pacer.time..", "dev.pacer.internal.."};
  private static final String[] VENDORS = {
      "dev.pacer.esputnik..", "dev.pacer.intercom..", "dev.pacer.nylas..", "dev.pacer.koreccai..", "dev.pacer.contextio.."};
  private static final String SUPPORT = "dev.pacer.vendor.support..";
  private static final String TESTKIT = "dev.pacer.testkit..";
  private static final String TOOLS = "dev.pacer.samples..";
  private static final String BENCH = "dev.pacer.bench..";

  private static final JavaClasses ALL = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("dev.pacer");

  @Test
  void coreKnowsNoVendorTestkitOrTool() {
    noClasses().that().resideInAnyPackage(CORE)
        .should().dependOnClassesThat().resideInAnyPackage(concat(VENDORS, SUPPORT, TESTKIT, TOOLS, BENCH))
        .check(ALL);
  }

  @Test
  void vendorSupportKnowsNoVendor() {
    noClasses().that().resideInAPackage(SUPPORT)
        .should().dependOnClassesThat().resideInAnyPackage(concat(VENDORS, TESTKIT, TOOLS, BENCH))
        .check(ALL);
  }

  @Test
  void vendorsAndTestkitNeverReachUpOrIntoCoreInternals() {
    noClasses().that().resideInAnyPackage(concat(VENDORS, SUPPORT))
        .should().dependOnClassesThat().resideInAnyPackage(TESTKIT, TOOLS, BENCH, "dev.pacer.internal..")
        .check(ALL);
    noClasses().that().resideInAPackage(TESTKIT)
        .should().dependOnClassesThat().resideInAnyPackage(concat(VENDORS, SUPPORT, TOOLS, BENCH, "dev.pacer.internal.."))
        .check(ALL);
  }

  @Test
  void onlyTheDecisionBenchmarksReachIntoCoreInternals() {
    // A micro-benchmark of one limiter decision has no public API to call, nor has the header
    // fuzz's bench mode (core's test-jar runner); nothing else may.
    noClasses().that().resideInAPackage(BENCH)
        .and().haveNameNotMatching("dev\\.pacer\\.bench\\.(Limiters|footprint\\.FootprintMain|fuzz\\.HeaderFuzzMain|jmh\\.(jmh_generated\\.)?DecisionBenchmark.*)")
        .should().dependOnClassesThat().resideInAPackage("dev.pacer.internal..")
        .check(ALL);
  }

  private static String[] concat(Object... parts) {
    java.util.List<String> all = new java.util.ArrayList<>();
    for (Object p : parts) {
      if (p instanceof String[]) {
        all.addAll(java.util.List.of((String[]) p));
      } else {
        all.add((String) p);
      }
    }
    return all.toArray(new String[0]);
  }
}
