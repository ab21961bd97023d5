package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.nylas.model.CodeExchangeRequest;
import dev.pacer.nylas.model.HostedAuthToken;
import dev.pacer.nylas.model.JobStatus;
import dev.pacer.nylas.model.OutboxInput;
import dev.pacer.nylas.model.OutboxMessage;
import dev.pacer.nylas.model.OutboxSchedule;
import dev.pacer.nylas.model.Participant;
import java.time.Instant;
import java.util.List;
import mockwebserver3.RecordedRequest;
import okhttp3.Credentials;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class JobsOutboxAndOAuthWireTest {
  private static final String JOB = """
      {"id": "msg-1", "object": "message", "account_id": "acc-1", "job_status_id": "job-1",
       "action": "update_message", "status": "successful", "created_at": 1592374298}""";
  private static final String QUEUED = """
      {"id": "dra-1", "object": "draft", "account_id": "acc-1", "subject": "Welcome", "to": [{"email": "ada@example.com"}],
       "job_status_id": "job-7", "status": "pending", "action": "outbox", "created_at": 1608064663, "send_at": %s,
       "version": 0, "unread": false, "starred": false}""";

  @AutoClose private final MockNylas nylas = MockNylas.start();
  private final NylasAccount account = nylas.account();

  @Test
  void jobsAreListedAndReadOneByOne() throws Exception {
    List<JobStatus> jobs = nylas.exchange(account.jobStatuses().list(), "[" + JOB + "]", "GET", "/job-statuses", null);
    assertEquals(new JobStatus("msg-1", "message", "acc-1", "job-1", "update_message", "successful",
        Instant.ofEpochSecond(1592374298), null), jobs.get(0));
    assertTrue(jobs.get(0).isFinished());
    JobStatus pending = nylas.exchange(account.jobStatuses().get("job-1"), JOB.replace("successful", "pending"),
        "GET", "/job-statuses/job-1", null);
    assertFalse(pending.isFinished());
  }

  @Test
  void aHostileSendAtIsADateTimeExceptionNeverANumberFormatOrEndlessWork() {
    for (String hostile : new String[] {"9".repeat(40), "1".repeat(100_000), "not a date", "-5"}) {
      OutboxMessage m = new OutboxMessage("job", "pending", "outbox", hostile, null, null);
      assertThrows(java.time.DateTimeException.class, m::sendAtInstant, hostile.length() + " characters");
    }
  }

  @Test
  void aMessageIsScheduledListedRescheduledAndCancelled() throws Exception {
    OutboxInput input = OutboxInput.of(List.of(Participant.of("ada@example.com")), "Welcome", "<p>Hi</p>",
        Instant.ofEpochSecond(1608151200));
    // POST answers send_at as an HTTP date, GET as Unix seconds.
    OutboxMessage scheduled = nylas.exchange(account.outbox().schedule(input),
        QUEUED.formatted("\"Wed, 16 Dec 2020 20:40:00 GMT\""), "POST", "/outbox", """
        {"subject": "Welcome", "send_at": 1608151200, "to": [{"email": "ada@example.com"}], "body": "<p>Hi</p>"}""");
    assertEquals("job-7", scheduled.jobStatusId());
    assertEquals(Instant.ofEpochSecond(1608151200), scheduled.sendAtInstant());
    assertEquals("Welcome", scheduled.message().subject());
    assertEquals(List.of(Participant.of("ada@example.com")), scheduled.message().to());

    List<OutboxMessage> queued = nylas.exchange(account.outbox().list(), "[" + QUEUED.formatted("1608151200") + "]",
        "GET", "/outbox", null);
    assertEquals(Instant.ofEpochSecond(1608151200), queued.get(0).sendAtInstant());
    assertEquals("dra-1", queued.get(0).message().id());

    JobStatus moved = nylas.exchange(account.outbox().reschedule("job-7", OutboxSchedule.at(Instant.ofEpochSecond(1608155100))),
        "{\"id\": \"dra-1\", \"object\": \"message\", \"job_status_id\": \"job-7\", \"action\": \"outbox\","
            + " \"status\": \"pending\", \"created_at\": 1608065541, \"send_at\": 1608155100}",
        "PUT", "/outbox/job-7", "{\"send_at\": 1608155100}");
    assertEquals(Instant.ofEpochSecond(1608155100), moved.sendAt());

    OutboxMessage cancelled = nylas.exchange(account.outbox().cancel("job-7"), QUEUED.formatted("1608155100"),
        "DELETE", "/outbox/job-7", null);
    assertEquals("pending", cancelled.status());
    assertEquals("to is empty", assertThrows(IllegalArgumentException.class,
        () -> new OutboxInput("s", 1L, List.of(), null, "b")).getMessage());
  }

  @Test
  void aHostedAuthCodeIsTradedForATokenWithTheClientSecret() throws Exception {
    HostedAuthToken token = nylas.exchangeApplication(nylas.client.application().exchangeCode("code-1"), """
        {"access_token": "new-token-1", "account_id": "acc-9", "email_address": "nyla@example.com",
         "provider": "gmail", "token_type": "bearer"}""", "POST", "/oauth/token", """
        {"client_id": "app-client-7", "client_secret": "sekrit-client-0001", "grant_type": "authorization_code",
         "code": "code-1"}""");
    assertEquals("new-token-1", token.accessToken());
    assertEquals("acc-9", token.accountId());
    for (Object o : List.of(token, CodeExchangeRequest.of("app-client-7", MockNylas.CLIENT_SECRET, "code-1"))) {
      assertFalse(o.toString().contains("new-token-1") || o.toString().contains(MockNylas.CLIENT_SECRET)
          || o.toString().contains("code-1"), o.toString());
    }
  }

  @Test
  void revokeSendsTheAccessTokenAsTheBasicUserName() throws Exception {
    nylas.enqueueJson("{\"success\": true}");
    assertNull(nylas.client.execute(account.oauth().revoke()));
    RecordedRequest r = nylas.take();
    assertEquals("POST /oauth/revoke", r.getMethod() + " " + MockNylas.target(r));
    assertEquals(Credentials.basic(MockNylas.TOKEN, ""), r.getHeaders().get("Authorization"));
    // The account's other calls still carry the bearer token.
    nylas.exchange(account.jobStatuses().list(), "[]", "GET", "/job-statuses", null);
  }
}
