package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.nylas.model.Webhook;
import dev.pacer.nylas.model.WebhookInput;
import dev.pacer.nylas.model.WebhookState;
import java.util.List;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class WebhooksWireTest {
  private static final String WEBHOOK = """
      {"id": "wh-1", "application_id": "app-client-7", "callback_url": "https://hooks.example.com/nylas",
       "state": "active", "triggers": ["message.created", "thread.replied"], "version": "2.0"}""";

  @AutoClose private final MockNylas nylas = MockNylas.start();
  private final NylasApplication app = nylas.client.application();

  @Test
  void webhooksAreListedAndReadWithTheClientSecret() throws Exception {
    List<Webhook> all = nylas.exchangeApplication(app.webhooks(), "[" + WEBHOOK + "]", "GET", "/a/app-client-7/webhooks", null);
    assertEquals(List.of(new Webhook("wh-1", "app-client-7", "https://hooks.example.com/nylas", "active",
        List.of("message.created", "thread.replied"), "2.0")), all);
    Webhook one = nylas.exchangeApplication(app.webhook("wh-1"), WEBHOOK, "GET", "/a/app-client-7/webhooks/wh-1", null);
    assertEquals("https://hooks.example.com/nylas", one.callbackUrl());
  }

  @Test
  void aWebhookIsCreatedTurnedOffAndDeleted() throws Exception {
    WebhookInput input = WebhookInput.active("https://hooks.example.com/nylas", List.of("message.created", "thread.replied"));
    nylas.exchangeApplication(app.createWebhook(input), WEBHOOK, "POST", "/a/app-client-7/webhooks", """
        {"callback_url": "https://hooks.example.com/nylas", "triggers": ["message.created", "thread.replied"],
         "state": "active"}""");
    nylas.exchangeApplication(app.updateWebhook("wh-1", WebhookState.INACTIVE), WEBHOOK.replace("\"active\"", "\"inactive\""),
        "PUT", "/a/app-client-7/webhooks/wh-1", "{\"state\": \"inactive\"}");
    assertNull(nylas.exchangeApplication(app.deleteWebhook("wh-1"), null, "DELETE", "/a/app-client-7/webhooks/wh-1", null));
  }

  @Test
  void anotherClientIdIsAddressedThroughTheRawService() throws Exception {
    nylas.exchangeApplication(app.api().webhooks("other-app"), "[]", "GET", "/a/other-app/webhooks", null);
  }

  @Test
  void badInputsAreRefusedBeforeSending() {
    assertEquals("state is not active or inactive: failing",
        assertThrows(IllegalArgumentException.class, () -> new WebhookState("failing")).getMessage());
    assertEquals("triggers is empty",
        assertThrows(IllegalArgumentException.class, () -> WebhookInput.active("https://x.example", List.of())).getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new WebhookInput("https://x.example", List.of("message.created"), "failed"));
  }
}
