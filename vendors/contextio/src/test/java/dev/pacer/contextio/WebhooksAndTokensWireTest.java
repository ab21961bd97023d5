package dev.pacer.contextio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.contextio.model.ConnectToken;
import dev.pacer.contextio.model.CreatedConnectToken;
import dev.pacer.contextio.model.CreatedWebhook;
import dev.pacer.contextio.model.Discovery;
import dev.pacer.contextio.model.Webhook;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Wire shape and parsing of the webhook, connect-token and discovery methods. */
final class WebhooksAndTokensWireTest {
  private static final String WEBHOOK = """
      {"callback_url":"https://app.example/hooks/cio","failure_notif_url":"https://app.example/hooks/fail",
       "active":true,"failure":false,"webhook_id":"wh_81f2","filter_subject":"/invoice/i","include_body":1,
       "resource_url":"https://api.context.io/lite/users/6a7b/webhooks/wh_81f2"}""";

  @AutoClose private final ContextIoTestServer t = ContextIoTestServer.start();

  @Test
  void userWebhooks() throws Exception {
    t.reply(200, "[" + WEBHOOK + "]");
    List<Webhook> hooks = t.client.execute(t.client.webhooks().list("6a7b"));
    t.takeEmpty("GET", "/lite/users/6a7b/webhooks");
    assertEquals("wh_81f2", hooks.get(0).webhookId());
    assertEquals("/invoice/i", hooks.get(0).filterSubject());
    assertEquals(true, hooks.get(0).includeBody());

    t.reply(200, "{\"success\":true,\"webhook_id\":\"wh_81f2\",\"resource_url\":\"https://api.context.io/lite/users/6a7b/webhooks/wh_81f2\"}");
    CreatedWebhook created = t.client.execute(t.client.webhooks().create("6a7b",
        NewWebhook.builder("https://app.example/hooks/cio?src=cio&v=2")
            .failureNotifUrl("https://app.example/hooks/fail")
            .filterSubject("/invoice+|receipt (q1)/i")
            .filterFolderAdded("INBOX/Bills")
            .includeBody(true)
            .bodyType("text/plain")
            .includeHeader(false)
            .build()));
    t.takeForm("POST", "/lite/users/6a7b/webhooks", ContextIoTestServer.form(
        "callback_url", "https://app.example/hooks/cio?src=cio&v=2",
        "failure_notif_url", "https://app.example/hooks/fail",
        "filter_subject", "/invoice+|receipt (q1)/i", "filter_folder_added", "INBOX/Bills",
        "include_body", "1", "body_type", "text/plain", "include_header", "0"));
    assertEquals("wh_81f2", created.webhookId());

    t.reply(200, WEBHOOK);
    assertTrue(t.client.execute(t.client.webhooks().get("6a7b", "wh_81f2")).active());
    t.takeEmpty("GET", "/lite/users/6a7b/webhooks/wh_81f2");

    t.replySuccess();
    t.client.execute(t.client.webhooks().setActive("6a7b", "wh_81f2", false));
    t.takeForm("POST", "/lite/users/6a7b/webhooks/wh_81f2", Map.of("active", "0"));

    t.replySuccess();
    t.client.execute(t.client.webhooks().delete("6a7b", "wh_81f2"));
    t.takeEmpty("DELETE", "/lite/users/6a7b/webhooks/wh_81f2");
  }

  @Test
  void applicationWebhooks() throws Exception {
    t.reply(200, "[{\"webhook_id\":\"app_1\",\"callback_url\":\"https://app.example/all\",\"active\":false,\"developerId\":\"dev_9\",\"version\":\"lite\"}]");
    Webhook hook = t.client.execute(t.client.webhooks().listForApplication()).get(0);
    t.takeEmpty("GET", "/lite/webhooks");
    assertEquals("dev_9", hook.developerId());
    assertFalse(hook.active());

    t.reply(200, "{\"success\":true,\"webhook_id\":\"app_2\"}");
    t.client.execute(t.client.webhooks().createForApplication(
        NewWebhook.builder("https://app.example/all").receiveHistorical(true).build()));
    t.takeForm("POST", "/lite/webhooks", ContextIoTestServer.form(
        "callback_url", "https://app.example/all", "receive_historical", "1"));

    t.reply(200, "{\"webhook_id\":\"app_2\"}");
    t.client.execute(t.client.webhooks().getForApplication("app_2"));
    t.takeEmpty("GET", "/lite/webhooks/app_2");

    t.replySuccess();
    t.client.execute(t.client.webhooks().updateForApplication("app_2", 1));
    t.takeForm("POST", "/lite/webhooks/app_2", Map.of("active", "1"));

    t.replySuccess();
    t.client.execute(t.client.webhooks().deleteForApplication("app_2"));
    t.takeEmpty("DELETE", "/lite/webhooks/app_2");
  }

  @Test
  void connectTokens() throws Exception {
    t.reply(200, "[{\"token\":\"ct_77\",\"email\":\"ann@example.com\",\"created\":1735689600,\"used\":0,\"expires\":false,"
        + "\"callback_url\":\"https://app.example/connected\",\"browser_redirect_url\":\"https://connect.context.io/ct_77\"}]");
    ConnectToken token = t.client.execute(t.client.connectTokens().list()).get(0);
    t.takeEmpty("GET", "/lite/connect_tokens");
    assertEquals("https://connect.context.io/ct_77", token.browserRedirectUrl());
    assertEquals(0L, token.used());

    t.reply(200, "{\"success\":true,\"token\":\"ct_78\",\"resource_url\":\"https://api.context.io/lite/connect_tokens/ct_78\","
        + "\"browser_redirect_url\":\"https://connect.context.io/ct_78\"}");
    CreatedConnectToken created = t.client.execute(t.client.connectTokens().create(
        NewConnectToken.builder("https://app.example/connected").email("ann@example.com").firstName("Ann").build()));
    t.takeForm("POST", "/lite/connect_tokens", ContextIoTestServer.form(
        "callback_url", "https://app.example/connected", "email", "ann@example.com",
        "first_name", "Ann"));
    assertEquals("ct_78", created.token());

    t.reply(200, "{\"token\":\"ct_78\"}");
    t.client.execute(t.client.connectTokens().get("ct_78"));
    t.takeEmpty("GET", "/lite/connect_tokens/ct_78");

    t.replySuccess();
    t.client.execute(t.client.connectTokens().delete("ct_78"));
    t.takeEmpty("DELETE", "/lite/connect_tokens/ct_78");

    t.reply(200, "[]");
    t.client.execute(t.client.connectTokens().listForUser("6a7b"));
    t.takeEmpty("GET", "/lite/users/6a7b/connect_tokens");

    t.reply(200, "{\"success\":true,\"token\":\"ct_79\"}");
    t.client.execute(t.client.connectTokens().createForUser("6a7b", NewConnectToken.builder("https://app.example/c").build()));
    t.takeForm("POST", "/lite/users/6a7b/connect_tokens", Map.of("callback_url", "https://app.example/c"));
  }

  @Test
  void discovery() throws Exception {
    t.reply(200, "{\"email\":\"ann@gmail.com\",\"found\":true,\"type\":\"imap\",\"imap\":{\"server\":\"imap.gmail.com\","
        + "\"username\":\"ann@gmail.com\",\"port\":993,\"use_ssl\":true,\"oauth\":true}}");
    Discovery d = t.client.execute(t.client.discovery().imap("ann@gmail.com"));
    t.takeEmpty("GET", "/lite/discovery?source_type=imap&email=ann%40gmail.com");
    assertEquals("imap.gmail.com", d.imap().server());
    assertTrue(d.imap().oauth());
  }
}
