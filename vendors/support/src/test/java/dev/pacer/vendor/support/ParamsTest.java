package dev.pacer.vendor.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ParamsTest {
  @Test
  void orderedNamesComeOutInTheirOrderWhateverOrderTheyAreSetIn() {
    Params p = Params.ordered("a", "b", "c").put("c", 3).put("extra", "x").put("a", 1);
    assertEquals(List.of("a", "c", "extra"), new ArrayList<>(p.toMap().keySet()));
  }

  @Test
  void nullUnsetsAndAbsentValuesAreNotSent() {
    Params p = new Params().put("a", "1").put("b", null).put("a", null);
    assertEquals(Map.of(), p.toMap());
    assertNull(p.get("a"));
  }

  @Test
  void typedValuesAreWrittenAsTheVendorsReadThem() {
    Params p = new Params()
        .putBit("ssl", true)
        .putBit("raw", false)
        .putEpochSeconds("after", Instant.parse("2020-09-13T12:26:40Z"))
        .put("limit", 50);
    assertEquals(Map.of("ssl", "1", "raw", "0", "after", "1600000000", "limit", "50"), new HashMap<>(p.toMap()));
  }

  @Test
  void requireRejectsNullAndBlankNamingTheField() {
    assertEquals("email == null",
        assertThrows(NullPointerException.class, () -> new Params().require("email", null)).getMessage());
    assertEquals("email is blank",
        assertThrows(IllegalArgumentException.class, () -> new Params().require("email", " ")).getMessage());
  }

  @Test
  void aCopyAndTheMapAreIndependentOfLaterChanges() {
    Params p = new Params().put("a", 1);
    Params copy = p.copy();
    Map<String, String> map = p.toMap();
    p.put("b", 2);
    assertEquals(Map.of("a", "1"), copy.toMap());
    assertEquals(Map.of("a", "1"), map);
    assertThrows(UnsupportedOperationException.class, () -> map.put("c", "3"));
  }

  @Test
  void copiesKeepNullElementsAndReadNullAsAbsentOrEmpty() {
    List<String> withNull = Arrays.asList("a", null);
    assertEquals(withNull, Copies.listOrNull(withNull));
    assertNull(Copies.listOrNull(null));
    assertEquals(List.of(), Copies.listOrEmpty(null));
    Map<String, Object> clears = new HashMap<>();
    clears.put("plan", null);
    assertEquals(clears, Copies.mapOrNull(clears));
    assertEquals(Map.of(), Copies.mapOrEmpty(null));
    assertThrows(UnsupportedOperationException.class, () -> Copies.listOrNull(withNull).add("b"));
  }
}
