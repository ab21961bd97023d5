package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.nylas.model.ApplicationAccount;
import dev.pacer.nylas.model.ApplicationDetails;
import dev.pacer.nylas.model.ApplicationDetailsUpdate;
import dev.pacer.nylas.model.IpAddresses;
import dev.pacer.nylas.model.TokenInfo;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class ApplicationWireTest {
  private static final String ACCOUNT = """
      {"id": "acc-1", "account_id": "acc-1", "email": "ada@example.com", "provider": "gmail",
       "sync_state": "running", "billing_state": "paid", "trial": false, "authentication_type": "oauth"}""";

  @AutoClose private final MockNylas nylas = MockNylas.start();
  private final NylasApplication app = nylas.client.application();

  @Test
  void accountsAreListedWithTheClientSecretAsBasicUser() throws Exception {
    nylas.enqueueJson("[" + ACCOUNT + "]");
    List<ApplicationAccount> accounts = nylas.client.execute(app.accounts(50, 100));
    RecordedRequest r = nylas.takeApplicationRequest("GET", "/a/app-client-7/accounts?limit=50&offset=100");
    assertEquals("Basic c2Vrcml0LWNsaWVudC0wMDAxOg==", r.getHeaders().get("Authorization"));
    ApplicationAccount a = accounts.get(0);
    assertEquals("ada@example.com", a.email());
    assertEquals("paid", a.billingState());
    assertEquals(Boolean.FALSE, a.trial());
    assertEquals("oauth", a.authenticationType());
  }

  @Test
  void allAccountsPagesByHundreds() throws Exception {
    StringBuilder full = new StringBuilder("[");
    for (int i = 0; i < 100; i++) full.append(i == 0 ? "" : ",").append(ACCOUNT);
    nylas.enqueueJson(full.append("]").toString());
    nylas.enqueueJson("[" + ACCOUNT + "]");
    List<ApplicationAccount> all = new ArrayList<>();
    app.allAccounts().forEach(all::add);
    assertEquals(101, all.size());
    nylas.takeApplicationRequest("GET", "/a/app-client-7/accounts?limit=100&offset=0");
    nylas.takeApplicationRequest("GET", "/a/app-client-7/accounts?limit=100&offset=100");
  }

  @Test
  void oneAccountDeleteDowngradeAndUpgrade() throws Exception {
    nylas.enqueueJson(ACCOUNT);
    nylas.enqueue(new MockResponse.Builder().code(200).build());
    nylas.enqueueJson("{\"success\": \"true\"}");
    nylas.enqueueJson("{\"success\": \"true\"}");

    assertEquals("acc-1", nylas.client.execute(app.account("acc-1")).id());
    nylas.takeApplicationRequest("GET", "/a/app-client-7/accounts/acc-1");
    assertNull(nylas.client.execute(app.deleteAccount("acc-1")));
    nylas.takeApplicationRequest("DELETE", "/a/app-client-7/accounts/acc-1");
    assertTrue(nylas.client.execute(app.downgrade("acc-1")).succeeded());
    assertEquals(0L, nylas.takeApplicationRequest("POST", "/a/app-client-7/accounts/acc-1/downgrade").getBodySize());
    assertTrue(nylas.client.execute(app.upgrade("acc-1")).succeeded());
    nylas.takeApplicationRequest("POST", "/a/app-client-7/accounts/acc-1/upgrade");
  }

  @Test
  void revokeAllAndTokenInfoSendTokensInTheBodyOnly() throws Exception {
    nylas.enqueueJson("{\"success\": \"true\"}");
    nylas.enqueueJson("{\"success\": \"true\"}");
    nylas.enqueueJson("{\"scopes\": \"email.read_only, contacts\", \"state\": \"valid\","
        + " \"created_at\": 1563496685, \"updated_at\": 1563496700}");

    nylas.client.execute(app.revokeAll("acc-1", "keep-me"));
    RecordedRequest keep = nylas.takeApplicationRequest("POST", "/a/app-client-7/accounts/acc-1/revoke-all");
    assertEquals(MockNylas.json("{\"keep_access_token\": \"keep-me\"}"), MockNylas.bodyJson(keep));

    nylas.client.execute(app.revokeAll("acc-1", null));
    RecordedRequest all = nylas.takeApplicationRequest("POST", "/a/app-client-7/accounts/acc-1/revoke-all");
    assertEquals(MockNylas.json("{}"), MockNylas.bodyJson(all));

    TokenInfo info = nylas.client.execute(app.tokenInfo("acc-1", "tok-xyz"));
    RecordedRequest r = nylas.takeApplicationRequest("POST", "/a/app-client-7/accounts/acc-1/token-info");
    assertEquals(MockNylas.json("{\"access_token\": \"tok-xyz\"}"), MockNylas.bodyJson(r));
    assertEquals(List.of("email.read_only", "contacts"), info.scopeList());
    assertEquals(Instant.ofEpochSecond(1563496685), info.createdAt());
  }

  @Test
  void ipAddresses() throws Exception {
    nylas.enqueueJson("{\"ip_addresses\": [\"52.25.153.17\", \"52.26.120.161\"], \"updated_at\": 1544658529}");
    IpAddresses ips = nylas.client.execute(app.ipAddresses());
    nylas.takeApplicationRequest("GET", "/a/app-client-7/ip_addresses");
    assertEquals(List.of("52.25.153.17", "52.26.120.161"), ips.ipAddresses());
    assertEquals(Instant.ofEpochSecond(1544658529), ips.updatedAt());
  }

  @Test
  void detailsAndUpdate() throws Exception {
    String details = "{\"application_name\": \"Pacer\", \"icon_url\": \"https://example.com/i.png\","
        + " \"redirect_uris\": [\"https://example.com/cb\"]}";
    nylas.enqueueJson(details);
    nylas.enqueueJson(details);
    ApplicationDetails d = nylas.client.execute(app.details());
    nylas.takeApplicationRequest("GET", "/a/app-client-7");
    assertEquals("Pacer", d.applicationName());
    nylas.client.execute(app.updateDetails(new ApplicationDetailsUpdate("Pacer", List.of("https://example.com/cb"))));
    RecordedRequest r = nylas.takeApplicationRequest("POST", "/a/app-client-7");
    assertEquals(MockNylas.json("{\"application_name\": \"Pacer\", \"redirect_uris\": [\"https://example.com/cb\"]}"),
        MockNylas.bodyJson(r));
  }
}
