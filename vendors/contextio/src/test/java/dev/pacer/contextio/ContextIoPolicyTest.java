package dev.pacer.contextio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.Pacer;
import dev.pacer.policy.Endpoint;
import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import dev.pacer.policy.Scope;
import dev.pacer.vendor.support.EndpointTagInterceptor;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;
import okhttp3.Request;
import okhttp3.RequestBody;
import org.junit.jupiter.api.Test;

final class ContextIoPolicyTest {
  /** The rate-limit page's list of calls to IMAP, copied from the seed. */
  private static final List<String> SEED_IMAP = List.of(
      "GET lite/users/{id}/email_accounts/{label}/folders/{folder}/messages",
      "GET lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}",
      "POST lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}",
      "GET lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/attachments",
      "GET lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/attachments/{attachment}",
      "GET lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/body",
      "GET lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/flags",
      "GET lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/headers",
      "GET lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/raw",
      "GET lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/read",
      "POST lite/users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/read");

  private static final Class<?>[] SERVICES = {UsersApi.class, EmailAccountsApi.class, FoldersApi.class,
      MessagesApi.class, WebhooksApi.class, ConnectTokensApi.class, DiscoveryApi.class};

  /** Every endpoint the Retrofit interfaces call, as the client tags it. */
  private static Set<Endpoint> typedEndpoints() {
    Set<Endpoint> out = new LinkedHashSet<>();
    for (Class<?> service : SERVICES) {
      for (Method m : service.getDeclaredMethods()) {
        if (m.isDefault()) continue;
        Endpoint e = EndpointTagInterceptor.endpointOf(m, ContextIoClient.DEFAULT_BASE_URL);
        assertNotNull(e, service.getSimpleName() + "." + m.getName() + " has no HTTP annotation");
        out.add(e);
      }
    }
    return out;
  }

  /** The buckets Pacer charges a tagged request for {@code endpoint} made for user {@code user}. */
  private static List<String> bucketsOf(Pacer pacer, Endpoint endpoint, String user) {
    String path = endpoint.template().replace("{id}", user).replaceAll("\\{[^}]+}", "x");
    Request request = new Request.Builder()
        .url(HttpUrl.get("https://api.context.io" + path))
        .method(endpoint.method(), endpoint.method().equals("GET") || endpoint.method().equals("DELETE")
            ? null : RequestBody.create(new byte[0]))
        .tag(Endpoint.class, endpoint)
        .build();
    return pacer.diagnostics().bucketKeys(request);
  }

  @Test
  void declaresTheSeedsImapListExactly() {
    List<String> declared = ContextIoPolicy.MESSAGE_ENDPOINTS.stream().map(e -> e.replace(" /lite/", " lite/")).toList();
    assertEquals(SEED_IMAP, declared);
    Rule imap = ContextIoPolicy.POLICY.rule(ContextIoPolicy.IMAP_RULE);
    assertEquals(List.of(Rate.perMinute(240)), imap.rates());
    assertEquals(Scope.pathVariable("id"), imap.scope());
    assertTrue(imap.isShared(), "one budget per user for all IMAP calls together");
    Rule developer = ContextIoPolicy.POLICY.rule(ContextIoPolicy.DEVELOPER_RULE);
    assertEquals(List.of(Rate.perHour(5000)), developer.rates());
    assertTrue(developer.isOtherwise() && developer.isShared(), developer.toString());
    assertEquals(Scope.application(), developer.scope());
  }

  @Test
  void everyImapCallOfThePageIsATypedMethod() {
    Set<String> typed = new LinkedHashSet<>();
    for (Endpoint e : typedEndpoints()) typed.add(e.toString());
    assertTrue(typed.containsAll(ContextIoPolicy.IMAP_ENDPOINTS), typed.toString());
  }

  @Test
  void imapCallsAreChargedToTheUsersBucketAndTheDeveloperBucket() {
    Pacer pacer = Pacer.builder(ContextIoPolicy.POLICY).build();
    Set<String> imapEndpoints = Set.copyOf(ContextIoPolicy.IMAP_ENDPOINTS);
    int imap = 0;
    int other = 0;
    for (Endpoint e : typedEndpoints()) {
      List<String> buckets = bucketsOf(pacer, e, "u42");
      assertTrue(buckets.contains("developer-hourly|app"), e + " -> " + buckets);
      if (imapEndpoints.contains(e.toString())) {
        imap++;
        assertEquals(Set.of("developer-hourly|app", "imap-per-user|var:u42"), Set.copyOf(buckets), e.toString());
      } else {
        other++;
        assertEquals(List.of("developer-hourly|app"), buckets, e.toString());
      }
    }
    assertEquals(14, imap); // the page's 11 message calls and the 3 folder calls
    assertTrue(other >= 25, "typed non-IMAP methods: " + other);
  }

  @Test
  void folderCallsCountAgainstTheUsersImapLimit() {
    // The page: "Calls to IMAP are any call that gets a message body, headers, source, or folders".
    Set<String> folderMethods = new LinkedHashSet<>();
    for (Method m : FoldersApi.class.getDeclaredMethods()) {
      if (!m.isDefault()) folderMethods.add(EndpointTagInterceptor.endpointOf(m, ContextIoClient.DEFAULT_BASE_URL).toString());
    }
    assertEquals(Set.copyOf(ContextIoPolicy.FOLDER_ENDPOINTS), folderMethods, "every folder call, and only those");
    assertTrue(ContextIoPolicy.IMAP_ENDPOINTS.containsAll(ContextIoPolicy.FOLDER_ENDPOINTS));
    assertEquals(ContextIoPolicy.MESSAGE_ENDPOINTS.size() + ContextIoPolicy.FOLDER_ENDPOINTS.size(),
        Set.copyOf(ContextIoPolicy.IMAP_ENDPOINTS).size(), "no endpoint listed twice");

    Pacer pacer = Pacer.builder(ContextIoPolicy.POLICY).build();
    for (String folderCall : ContextIoPolicy.FOLDER_ENDPOINTS) {
      String[] parts = folderCall.split(" ", 2);
      Endpoint endpoint = Endpoint.of(parts[0], parts[1]);
      assertEquals(Set.of("developer-hourly|app", "imap-per-user|var:ann"),
          Set.copyOf(bucketsOf(pacer, endpoint, "ann")), folderCall);
    }
  }

  @Test
  void theUsersFoldersAndMessagesShareOneMinuteOfImapCalls() {
    Pacer pacer = Pacer.builder(ContextIoPolicy.POLICY).build();
    Endpoint folders = Endpoint.of("GET", "/lite/users/{id}/email_accounts/{label}/folders");
    Endpoint messages = Endpoint.of("GET", "/lite/users/{id}/email_accounts/{label}/folders/{folder}/messages");
    List<String> folderBuckets = bucketsOf(pacer, folders, "ann");
    List<String> messageBuckets = bucketsOf(pacer, messages, "ann");
    assertTrue(folderBuckets.contains("imap-per-user|var:ann"), folderBuckets.toString());
    assertEquals(Set.copyOf(messageBuckets), Set.copyOf(folderBuckets), "one bucket per user for both");
  }

  @Test
  void eachUserHasItsOwnImapBucket() {
    Pacer pacer = Pacer.builder(ContextIoPolicy.POLICY).build();
    Endpoint list = Endpoint.of("GET", "/lite/users/{id}/email_accounts/{label}/folders/{folder}/messages");
    assertTrue(bucketsOf(pacer, list, "ann").contains("imap-per-user|var:ann"));
    assertTrue(bucketsOf(pacer, list, "bob").contains("imap-per-user|var:bob"));
  }

  @Test
  void chargingFollowsTheTagNotTheUrl() {
    Pacer pacer = Pacer.builder(ContextIoPolicy.POLICY).build();
    Endpoint messages = Endpoint.of("GET", "/lite/users/{id}/email_accounts/{label}/folders/{folder}/messages");
    Request taggedImap = new Request.Builder()
        .url("https://api.context.io/lite/some/other/path")
        .tag(Endpoint.class, messages)
        .build();
    assertTrue(pacer.diagnostics().bucketKeys(taggedImap).stream().anyMatch(b -> b.startsWith("imap-per-user|")));
    Request taggedUsers = new Request.Builder()
        .url("https://api.context.io/lite/users/ann/email_accounts/0/folders/INBOX/messages")
        .tag(Endpoint.class, Endpoint.of("GET", "/lite/users"))
        .build();
    assertEquals(List.of("developer-hourly|app"), pacer.diagnostics().bucketKeys(taggedUsers));
  }

  @Test
  void aRaisedDeveloperLimitKeepsTheImapLimit() {
    RateLimitPolicy raised = ContextIoPolicy.withDeveloperRate(Rate.perHour(50_000));
    assertEquals(List.of(Rate.perHour(50_000)), raised.rule(ContextIoPolicy.DEVELOPER_RULE).rates());
    assertEquals(List.of(Rate.perMinute(240)), raised.rule(ContextIoPolicy.IMAP_RULE).rates());
    assertFalse(raised.rules().isEmpty());
  }
}
