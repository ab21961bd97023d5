package dev.pacer.vendor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class VendorJsonTest {
  record Item(String name, Integer count) {}

  record Dated(LocalDate day, Instant at) {}

  private final ObjectMapper mapper = VendorJson.newMapper();

  @Test
  void ignoresFieldsTheModelDoesNotKnow() throws Exception {
    Item item = mapper.readValue("{\"name\":\"a\",\"count\":2,\"addedLater\":{\"x\":[1,2]}}", Item.class);
    assertEquals(new Item("a", 2), item);
  }

  @Test
  void rejectsNestingDeeperThanTheLimit() {
    String deep = "[".repeat(VendorJson.MAX_NESTING_DEPTH + 1) + "]".repeat(VendorJson.MAX_NESTING_DEPTH + 1);
    Exception e = assertThrows(Exception.class, () -> mapper.readTree(deep));
    assertInstanceOf(StreamConstraintsException.class, e);
  }

  @Test
  void acceptsNestingAtTheLimit() throws Exception {
    String ok = "[".repeat(VendorJson.MAX_NESTING_DEPTH) + "]".repeat(VendorJson.MAX_NESTING_DEPTH);
    assertTrue(mapper.readTree(ok).isArray());
  }

  @Test
  void writesJavaTimeAsIsoTextAndLeavesOutNulls() throws Exception {
    String json = mapper.writeValueAsString(new Dated(LocalDate.of(2025, 6, 4), null));
    assertEquals("{\"day\":\"2025-06-04\"}", json);
    Dated back = mapper.readValue("{\"day\":\"2025-06-04\",\"at\":\"2025-06-04T10:15:30Z\"}", Dated.class);
    assertEquals(Instant.parse("2025-06-04T10:15:30Z"), back.at());
  }

  @Test
  void neverLetsTheDocumentChooseAClass() throws Exception {
    Object value = mapper.readValue("{\"@class\":\"java.io.File\",\"path\":\"/etc/passwd\"}", Object.class);
    assertInstanceOf(Map.class, value);
  }

  @Test
  void returnsAFreshMapperEachTime() {
    assertFalse(VendorJson.newMapper() == VendorJson.newMapper());
  }
}
