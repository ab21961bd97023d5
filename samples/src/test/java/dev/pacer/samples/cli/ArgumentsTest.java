package dev.pacer.samples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.policy.Rate;
import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.policy.Rule;
import java.time.Duration;
import java.util.List;
import okhttp3.HttpUrl;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Parsing of {@code --rule} and {@code --op}: what is accepted, and what is refused with which message. */
final class ArgumentsTest {

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "GET /v1/contacts 50/1s        | GET  | /v1/contacts    | 50   | PT1S",
      "post /v1/event 350/s          | POST | /v1/event       | 350  | PT1S",
      "* /v1/** 1000/1min            | *    | /v1/**          | 1000 | PT1M",
      "GET /v1/contacts/{id} 10/500ms| GET  | /v1/contacts/{id}| 10  | PT0.5S",
      "  GET   /x   5000/1h          | GET  | /x              | 5000 | PT1H",
      "DELETE /x 166/10s             | DELETE | /x            | 166  | PT10S",
      "PUT /x 3/2m                   | PUT  | /x              | 3    | PT2M"})
  void ruleAcceptsMethodTemplateAndRate(String text, String method, String template, int permits, Duration period) {
    RuleSpec rule = RuleSpec.parse(text);
    assertEquals(method, rule.method());
    assertEquals(template, rule.template());
    assertEquals(Rate.of(permits, period), rule.rate());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "GET /v1/contacts             | expected \"<METHOD> <template> <N>/<duration>\"",
      "GET /v1/contacts 50/1s extra | expected",
      "GET v1/contacts 50/1s        | must start with '/'",
      "G3T /v1/contacts 50/1s       | not an HTTP method: 'G3T'",
      "GET /v1/contacts 50          | not a rate like 50/1s",
      "GET /v1/contacts 50/1d       | not a rate like 50/1s",
      "GET /v1/contacts 0/1s        | at least 1 request",
      "GET /v1/contacts 50/0s       | duration must be positive",
      "GET /v1/contacts fifty/s     | not a rate"})
  void ruleRefusesBadInputSayingWhatIsWrong(String text, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSpec.parse(text));
    assertTrue(e.getMessage().contains(message), e.getMessage());
    assertTrue(e.getMessage().contains(text.trim().split("\\s+")[0]), "names the input: " + e.getMessage());
  }

  @Test
  void rulesForOneTemplateBecomeOneRuleUnderTheBasePath() {
    RateLimitPolicy policy = RuleSpec.policy(List.of(
        RuleSpec.parse("GET /v1/contacts 50/1s"),
        RuleSpec.parse("GET /v1/contacts 1000/1min"),
        RuleSpec.parse("* /v1/** 200/1s")), "/api/");

    assertEquals(2, policy.rules().size());
    Rule contacts = policy.rules().get(0);
    assertEquals(List.of("GET /api/v1/contacts"), contacts.endpoints());
    assertEquals(List.of(Rate.perSecond(50), Rate.perMinute(1000)), contacts.rates());
    assertEquals(List.of("* /api/v1/**"), policy.rules().get(1).endpoints());
  }

  @Test
  void twoRatesOverTheSamePeriodForOneTemplateAreRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> RuleSpec.policy(List.of(
        RuleSpec.parse("GET /v1/contacts 50/1s"), RuleSpec.parse("GET /v1/contacts 40/1s")), "/"));
    assertTrue(e.getMessage().contains("two rates"), e.getMessage());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "GET /v1/contacts 500              | GET  | /v1/contacts              | 500",
      "post /v1/event 1                  | POST | /v1/event                 | 1",
      "GET /v1/contacts?maxrows=10 20    | GET  | /v1/contacts?maxrows=10   | 20"})
  void opAcceptsMethodPathAndCount(String text, String method, String path, int count) {
    OpSpec op = OpSpec.parse(text);
    assertEquals(method, op.method());
    assertEquals(path, op.path());
    assertEquals(count, op.count());
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "GET /v1/contacts            | expected \"<METHOD> <path> <count>\"",
      "GET v1/contacts 5           | must start with '/'",
      "GET /v1/contacts five       | not a count: 'five'",
      "GET /v1/contacts 0          | count not in [1, 10000000]: 0",
      "GET /v1/contacts -3         | count not in",
      "GET /v1/contacts 99999999999| not a count",
      "GE-T /v1/contacts 5         | not an HTTP method"})
  void opRefusesBadInputSayingWhatIsWrong(String text, String message) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> OpSpec.parse(text));
    assertTrue(e.getMessage().contains(message), e.getMessage());
  }

  @ParameterizedTest
  @ValueSource(strings = {"http://127.0.0.1:8080/api/", "http://127.0.0.1:8080/api"})
  void opPathsAreRelativeToTheBaseUrlPath(String base) {
    assertEquals(HttpUrl.get("http://127.0.0.1:8080/api/v1/contacts?maxrows=1"),
        OpSpec.parse("GET /v1/contacts?maxrows=1 3").url(HttpUrl.get(base)));
  }

  @Test
  void scheduleSpreadsEveryOpOverTheRunAndHandsOutEachCallOnce() {
    LoadRunner.Schedule schedule = new LoadRunner.Schedule(List.of(OpSpec.parse("GET /a 90"), OpSpec.parse("POST /b 10")));
    int[] perOp = new int[2];
    int bInFirstHalf = 0;
    int calls = 0;
    for (LoadRunner.Schedule.Slot slot = schedule.next(); slot != null; slot = schedule.next()) {
      assertEquals(calls, slot.number());
      perOp[slot.op()]++;
      if (slot.op() == 1 && calls < 50) bInFirstHalf++;
      calls++;
    }
    assertEquals(100, calls);
    assertEquals(90, perOp[0]);
    assertEquals(10, perOp[1]);
    assertEquals(5, bInFirstHalf);
  }
}
