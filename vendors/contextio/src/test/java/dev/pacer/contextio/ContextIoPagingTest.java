package dev.pacer.contextio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.contextio.model.Message;
import dev.pacer.contextio.model.User;
import dev.pacer.vendor.support.ApiException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class ContextIoPagingTest {
  @AutoClose private final ContextIoTestServer t = ContextIoTestServer.start();

  private static String users(int from, int count) {
    StringBuilder b = new StringBuilder("[");
    for (int i = 0; i < count; i++) {
      if (i > 0) b.append(',');
      b.append("{\"id\":\"u").append(from + i).append("\"}");
    }
    return b.append(']').toString();
  }

  @Test
  void allUsersFetchesPagesOnlyAsIterationReachesThem() throws Exception {
    t.reply(200, users(0, 100));
    t.reply(200, users(100, 100));
    t.reply(200, users(200, 37));
    Iterator<User> it = t.client.allUsers().iterator();
    assertEquals(0, t.server.getRequestCount(), "nothing is fetched before iteration");

    List<String> ids = new ArrayList<>();
    ids.add(it.next().id());
    assertEquals(1, t.server.getRequestCount());
    while (it.hasNext()) ids.add(it.next().id());

    assertEquals(237, ids.size());
    assertEquals("u236", ids.get(236));
    t.takeEmpty("GET", "/lite/users?limit=100&offset=0");
    t.takeEmpty("GET", "/lite/users?limit=100&offset=100");
    t.takeEmpty("GET", "/lite/users?limit=100&offset=200");
    assertEquals(3, t.server.getRequestCount(), "a short page ends it");
  }

  @Test
  void allMessagesPagesWithItsOptions() throws Exception {
    StringBuilder full = new StringBuilder("[");
    for (int i = 0; i < 100; i++) full.append(i == 0 ? "" : ",").append("{\"message_id\":\"m").append(i).append("\"}");
    t.reply(200, full.append(']').toString());
    t.reply(200, "[]");
    List<Message> all = new ArrayList<>();
    t.client.allMessages("ann", "0", "INBOX", MessageOptions.builder().includeFlags(true).build()).forEach(all::add);
    assertEquals(100, all.size());
    t.takeEmpty("GET", "/lite/users/ann/email_accounts/0/folders/INBOX/messages?include_flags=1&limit=100&offset=0");
    t.takeEmpty("GET", "/lite/users/ann/email_accounts/0/folders/INBOX/messages?include_flags=1&limit=100&offset=100");
  }

  @Test
  void aFailedPageEndsIterationWithTheTypedError() throws Exception {
    t.reply(200, users(0, 2));
    t.reply(404, "{\"type\":\"error\",\"value\":\"unused\"}");
    Iterator<User> it = ContextIoPaging.<User>byOffset(2, (offset, limit) -> t.client.users().list(offset, limit),
        ContextIoError.PARSER).iterator();
    it.next();
    it.next();
    UncheckedIOException e = assertThrows(UncheckedIOException.class, it::hasNext);
    assertInstanceOf(ApiException.class, e.getCause());
    assertFalse(it.hasNext());
  }

  @Test
  void pageSizeMustFitTheVendorsLimit() {
    assertThrows(IllegalArgumentException.class,
        () -> ContextIoPaging.<User>byOffset(101, (o, l) -> t.client.users().list(o, l), ContextIoError.PARSER));
    assertThrows(IllegalArgumentException.class,
        () -> ContextIoPaging.<User>byOffset(0, (o, l) -> t.client.users().list(o, l), ContextIoError.PARSER));
    assertTrue(ContextIoPaging.MAX_LIMIT == 100);
  }
}
