package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.nylas.model.ContactFilter;
import dev.pacer.nylas.model.MessageFilter;
import dev.pacer.nylas.model.ThreadFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class ListFilterTest {
  @Test
  void parametersComeOutInOneOrderWhateverOrderTheyAreSetIn() {
    MessageFilter a = MessageFilter.builder().limit(5).in("inbox").subject("Hi").build();
    MessageFilter b = MessageFilter.builder().subject("Hi").in("inbox").limit(5).build();
    assertEquals(List.of("subject", "in", "limit"), new ArrayList<>(a.query().keySet()));
    assertEquals(new ArrayList<>(a.query().entrySet()), new ArrayList<>(b.query().entrySet()));
  }

  @Test
  void withOffsetKeepsEveryOtherSettingAndLeavesTheFilterAsItWas() {
    ThreadFilter first = ThreadFilter.builder().anyEmail("ada@example.com")
        .startedAfter(Instant.ofEpochSecond(1600000000)).limit(10).build();
    ThreadFilter next = first.withOffset(10);
    assertEquals(Map.of("any_email", "ada@example.com", "started_after", "1600000000", "limit", "10", "offset", "10"),
        next.query());
    assertNull(first.offset());
    assertEquals(10, next.offset());
    assertEquals(10, next.limit());
  }

  @Test
  void aBuilderFromAFilterIsIndependentOfIt() {
    ContactFilter filter = ContactFilter.builder().email("kj@example.com").build();
    ContactFilter.Builder copy = filter.toBuilder().recurse(true);
    assertEquals(Map.of("email", "kj@example.com"), filter.query());
    assertEquals(Map.of("email", "kj@example.com", "recurse", "true"), copy.build().query());
  }

  @Test
  void pageSizeAndOffsetAreChecked() {
    assertEquals("limit < 1: 0",
        assertThrows(IllegalArgumentException.class, () -> MessageFilter.builder().limit(0)).getMessage());
    assertEquals("offset < 0: -1",
        assertThrows(IllegalArgumentException.class, () -> ContactFilter.builder().offset(-1)).getMessage());
  }

  @Test
  void noneSendsNothing() {
    assertEquals(Map.of(), MessageFilter.none().query());
    assertEquals("MessageFilter{}", MessageFilter.none().toString());
  }
}
