package dev.pacer.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

final class FaultInjectionTest {
  @Test
  void defaultsToNoFaultsOfEveryKind() {
    FaultInjection none = FaultInjection.none();
    assertEquals(0.0, none.rate());
    assertEquals(List.of(FaultKind.values()), none.kinds());
  }

  @Test
  void builtValueIsNotChangedByReusingTheBuilder() {
    FaultInjection.Builder builder = FaultInjection.builder().rate(0.1).seed(9)
        .kinds(FaultKind.DROP_CONNECTION, FaultKind.DROP_CONNECTION);
    FaultInjection built = builder.build();
    builder.rate(0.9).kinds(FaultKind.SERVICE_UNAVAILABLE_503);
    assertEquals(0.1, built.rate());
    assertEquals(9, built.seed());
    assertEquals(List.of(FaultKind.DROP_CONNECTION), built.kinds());
    assertEquals(built.kinds(), built.toBuilder().build().kinds());
  }

  @Test
  void rejectsRatesOutsideZeroToOneAndEmptyKinds() {
    assertEquals("rate not in [0, 1]: 1.5", assertThrows(IllegalArgumentException.class,
        () -> FaultInjection.builder().rate(1.5)).getMessage());
    assertThrows(IllegalArgumentException.class, () -> FaultInjection.builder().rate(Double.NaN));
    assertEquals("kinds is empty", assertThrows(IllegalArgumentException.class,
        () -> FaultInjection.builder().kinds()).getMessage());
    assertThrows(NullPointerException.class,
        () -> FaultInjection.builder().kinds(FaultKind.DROP_CONNECTION, null));
  }

  @Test
  void sandboxBuilderRejectsBadSettingsWithTheBadValue() {
    VendorSandbox.Builder builder = VendorSandbox.builder(VendorProfile.nylas());
    assertEquals("permits < 1: 0", assertThrows(IllegalArgumentException.class,
        () -> builder.undeclaredLimit(0, java.time.Duration.ofSeconds(1))).getMessage());
    assertEquals("latency < 0: PT-1S", assertThrows(IllegalArgumentException.class,
        () -> builder.latency(java.time.Duration.ofSeconds(-1))).getMessage());
    assertEquals("permitsPer10Seconds < 1: 0", assertThrows(IllegalArgumentException.class,
        () -> VendorProfile.intercom(0)).getMessage());
    assertEquals("profile == null", assertThrows(NullPointerException.class,
        () -> VendorSandbox.builder(null)).getMessage());
  }
}
