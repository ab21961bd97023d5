package dev.pacer.contextio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.contextio.model.CreatedEmailAccount;
import dev.pacer.contextio.model.CreatedUser;
import dev.pacer.contextio.model.EmailAccount;
import dev.pacer.contextio.model.Folder;
import dev.pacer.contextio.model.Success;
import dev.pacer.contextio.model.User;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

/** Wire shape and parsing of the user, email-account and folder methods. */
final class UsersAndAccountsWireTest {
  static final String USER = """
      {"id":"5f0a1b2c3d4e5f6a7b8c9d0e","username":"user_5f0a","created":1735689600,"suspended":0,
       "email_addresses":["ann@example.com","ann.b@example.org"],"first_name":"Ann","last_name":"Bell",
       "password_expired":0,"email_accounts":[{"label":"ann::example","server":"imap.example.com",
       "username":"ann@example.com","port":993,"use_ssl":true,"type":"IMAP","authentication_type":"password",
       "status":"OK","resource_url":"https://api.context.io/lite/users/5f0a1b2c3d4e5f6a7b8c9d0e/email_accounts/ann%3A%3Aexample"}],
       "resource_url":"https://api.context.io/lite/users/5f0a1b2c3d4e5f6a7b8c9d0e","some_new_field":{"x":1}}""";

  @AutoClose private final ContextIoTestServer t = ContextIoTestServer.start();

  @Test
  void listUsersSendsFiltersAndPagingAndParsesUsers() throws Exception {
    t.reply(200, "[" + USER + "]");
    List<User> users = t.client.execute(t.client.users().list("ann@example.com", "OK", 1, 50, 100));
    t.takeEmpty("GET", "/lite/users?email=ann%40example.com&status=OK&status_ok=1&limit=50&offset=100");

    User ann = users.get(0);
    assertEquals("5f0a1b2c3d4e5f6a7b8c9d0e", ann.id());
    assertEquals(1735689600L, ann.created());
    assertEquals(List.of("ann@example.com", "ann.b@example.org"), ann.emailAddresses());
    assertEquals("Bell", ann.lastName());
    EmailAccount account = ann.emailAccounts().get(0);
    assertEquals("ann::example", account.label());
    assertEquals(993, account.port());
    assertEquals(true, account.useSsl());
    assertEquals("password", account.authenticationType());
  }

  @Test
  void listUsersByOffsetChecksTheLimit() throws Exception {
    t.reply(200, "[]");
    assertEquals(List.of(), t.client.execute(t.client.users().list(0, 100)));
    t.takeEmpty("GET", "/lite/users?limit=100&offset=0");
    assertThrows(IllegalArgumentException.class, () -> t.client.users().list(0, 101));
    assertThrows(IllegalArgumentException.class, () -> t.client.users().list(-1, 10));
  }

  @Test
  void getUser() throws Exception {
    t.reply(200, USER);
    User user = t.client.execute(t.client.users().get("5f0a1b2c3d4e5f6a7b8c9d0e"));
    t.takeEmpty("GET", "/lite/users/5f0a1b2c3d4e5f6a7b8c9d0e");
    assertEquals("Ann", user.firstName());
  }

  @Test
  void createUserPostsASignedFormWithTheImapSettings() throws Exception {
    t.reply(201, """
        {"success":true,"id":"6a7b","resource_url":"https://api.context.io/lite/users/6a7b",
         "email_account":{"success":true,"label":"ann::example","resource_url":"https://api.context.io/lite/users/6a7b/email_accounts/ann%3A%3Aexample"}}""");
    NewUser ann = NewUser.builder("ann@example.com")
        .firstName("Ann")
        .lastName("Bell & Co")
        .imap("imap.example.com", "ann@example.com", true, 993)
        .password("p@ss word/1")
        .statusCallbackUrl("https://app.example/cio?user=ann")
        .build();
    CreatedUser created = t.client.execute(t.client.users().create(ann));

    t.takeForm("POST", "/lite/users", ContextIoTestServer.form(
        "email", "ann@example.com", "first_name", "Ann", "last_name", "Bell & Co",
        "server", "imap.example.com", "username", "ann@example.com", "use_ssl", "1", "port", "993",
        "type", "IMAP", "password", "p@ss word/1",
        "status_callback_url", "https://app.example/cio?user=ann"));
    assertEquals("6a7b", created.id());
    assertEquals("ann::example", created.emailAccount().label());
    assertTrue(!ann.toString().contains("p@ss"), ann.toString());
  }

  @Test
  void updateUserSendsOnlyTheNamesGiven() throws Exception {
    t.replySuccess();
    Success s = t.client.execute(t.client.users().update("6a7b", "Anna", null));
    t.takeForm("POST", "/lite/users/6a7b", Map.of("first_name", "Anna"));
    assertTrue(s.isSuccess());
  }

  @Test
  void deleteUser() throws Exception {
    t.replySuccess();
    assertTrue(t.client.execute(t.client.users().delete("6a7b")).isSuccess());
    t.takeEmpty("DELETE", "/lite/users/6a7b");
  }

  @Test
  void listAndGetEmailAccounts() throws Exception {
    t.reply(200, """
        [{"status":"INVALID_CREDENTIALS","resource_url":"https://api.context.io/lite/users/6a7b/email_accounts/0",
          "type":"IMAP","authentication_type":"oauth","use_ssl":1,"server":"imap.gmail.com","label":"ann::gmail",
          "username":"ann@gmail.com","port":993}]""");
    List<EmailAccount> accounts = t.client.execute(t.client.emailAccounts().list("6a7b", null, 0));
    t.takeEmpty("GET", "/lite/users/6a7b/email_accounts?status_ok=0");
    assertEquals("INVALID_CREDENTIALS", accounts.get(0).status());
    assertEquals(true, accounts.get(0).useSsl(), "1 reads as true");

    t.reply(200, "{\"label\":\"ann::gmail\",\"status\":\"OK\"}");
    assertEquals("OK", t.client.execute(t.client.emailAccounts().get("6a7b", "0")).status());
    t.takeEmpty("GET", "/lite/users/6a7b/email_accounts/0");
  }

  @Test
  void createEmailAccountPostsTheMailboxAsAForm() throws Exception {
    t.reply(200, "{\"success\":true,\"label\":\"ann::work\",\"resource_url\":\"https://api.context.io/lite/users/6a7b/email_accounts/ann%3A%3Awork\"}");
    CreatedEmailAccount created = t.client.execute(t.client.emailAccounts().create("6a7b",
        NewEmailAccount.builder("imap.work.example", "ann").email("ann@work.example").ssl(true).port(993)
            .providerOAuth("1/refresh-token", "google-client").build()));
    t.takeForm("POST", "/lite/users/6a7b/email_accounts", ContextIoTestServer.form(
        "server", "imap.work.example", "username", "ann", "type", "IMAP",
        "email", "ann@work.example", "use_ssl", "1", "port", "993",
        "provider_refresh_token", "1/refresh-token", "provider_consumer_key", "google-client"));
    assertEquals("ann::work", created.label());
  }

  @Test
  void updateCheckStatusAndDeleteEmailAccount() throws Exception {
    t.replySuccess();
    t.client.execute(t.client.emailAccounts().update("6a7b", "ann::work",
        EmailAccountUpdate.builder().password("new secret").resetStatus(true).build()));
    t.takeForm("POST", "/lite/users/6a7b/email_accounts/ann::work", ContextIoTestServer.form(
        "password", "new secret", "status", "1"));

    t.replySuccess();
    t.client.execute(t.client.emailAccounts().checkStatus("6a7b", "0"));
    t.takeForm("POST", "/lite/users/6a7b/email_accounts/0", Map.of("force_status_check", "1"));

    t.replySuccess();
    t.client.execute(t.client.emailAccounts().delete("6a7b", "0"));
    t.takeEmpty("DELETE", "/lite/users/6a7b/email_accounts/0");
  }

  @Test
  void foldersAreAddressedByTheirFullNameAsOneSegment() throws Exception {
    t.reply(200, """
        [{"name":"INBOX","delimiter":"/","nb_messages":120,"nb_unseen_messages":3,"attributes":{"HasNoChildren":true}},
         {"name":"INBOX/Receipts 2024","delimiter":"/","nb_messages":7,"nb_unseen_messages":0}]""");
    List<Folder> folders = t.client.execute(t.client.folders().list("6a7b", "0", 1));
    t.takeEmpty("GET", "/lite/users/6a7b/email_accounts/0/folders?include_extended_counts=1");
    assertEquals(120, folders.get(0).nbMessages());
    assertTrue(folders.get(0).attributes().get("HasNoChildren").asBoolean());
    assertNull(folders.get(1).attributes());

    t.reply(200, "{\"name\":\"INBOX/Receipts 2024\",\"delimiter\":\"/\",\"nb_messages\":7,\"nb_unseen_messages\":0}");
    Folder receipts = t.client.execute(t.client.folders().get("6a7b", "0", "INBOX/Receipts 2024", null));
    t.takeEmpty("GET", "/lite/users/6a7b/email_accounts/0/folders/INBOX%2FReceipts%202024");
    assertEquals(7, receipts.nbMessages());

    t.reply(200, "{\"name\":\"INBOX.Receipts\"}");
    t.client.execute(t.client.folders().get("6a7b", "0", "INBOX.Receipts", "."));
    t.takeEmpty("GET", "/lite/users/6a7b/email_accounts/0/folders/INBOX.Receipts?delimiter=.");
  }

  @Test
  void createFolderPostsToTheFolder() throws Exception {
    t.replySuccess();
    assertTrue(t.client.execute(t.client.folders().create("6a7b", "0", "Projects/Pacer", null)).isSuccess());
    t.take("POST", "/lite/users/6a7b/email_accounts/0/folders/Projects%2FPacer");

    t.replySuccess();
    t.client.execute(t.client.folders().create("6a7b", "0", "Projects.Pacer", "."));
    t.takeForm("POST", "/lite/users/6a7b/email_accounts/0/folders/Projects.Pacer", Map.of("delimiter", "."));
  }

  @Test
  void aFolderNamedDotDotIsRefusedBeforeAnythingIsSent() {
    assertThrows(IllegalArgumentException.class,
        () -> t.client.execute(t.client.folders().get("6a7b", "0", "..", null)));
    assertEquals(0, t.server.getRequestCount());
  }
}
