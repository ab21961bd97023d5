package dev.pacer.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

final class PathTemplateTest {

  @Test
  void variableMatchesExactlyOneSegment() {
    PathTemplate t = PathTemplate.parse("GET /api/v1/messages/email/{id}");
    assertEquals(Map.of("id", "42"), t.match("GET", "/api/v1/messages/email/42"));
    assertNull(t.match("GET", "/api/v1/messages/email/42/extra"));
    assertNull(t.match("GET", "/api/v1/messages/email/"));
    assertNull(t.match("GET", "/api/v1/messages/email"));
    assertNull(t.match("POST", "/api/v1/messages/email/42"));
  }

  @Test
  void trailingSlashIsIgnoredAndRootMatches() {
    assertEquals(Map.of(), PathTemplate.parse("GET /a/b").match("GET", "/a/b/"));
    assertEquals(Map.of(), PathTemplate.parse("GET /").match("GET", "/"));
    assertNull(PathTemplate.parse("GET /").match("GET", "/a"));
  }

  @Test
  void doubleStarMatchesAnyTailAndStarMethodAnyMethod() {
    PathTemplate t = PathTemplate.parse("* /messages/**");
    assertEquals(Map.of(), t.match("GET", "/messages"));
    assertEquals(Map.of(), t.match("PUT", "/messages/abc"));
    assertEquals(Map.of(), t.match("DELETE", "/messages/abc/def"));
    assertNull(t.match("GET", "/threads/abc"));
    assertNull(t.match("GET", "/messagesX"));
  }

  @Test
  void literalSegmentsAreMoreSpecificThanVariables() {
    assertTrue(PathTemplate.parse("GET /messages/search").specificity()
        > PathTemplate.parse("GET /messages/{id}").specificity());
    assertEquals(PathTemplate.parse("GET /a/{x}").shape(), PathTemplate.parse("GET /a/{y}").shape());
  }

  @Test
  void multipleVariablesAreReadInOrder() {
    PathTemplate t = PathTemplate.parse("GET /api/v1/contact/token/{app_uuid}/{token_id}/contactId");
    Map<String, String> v = t.match("GET", "/api/v1/contact/token/u-1/t-2/contactId");
    assertEquals(Map.of("app_uuid", "u-1", "token_id", "t-2"), v);
    assertEquals(java.util.List.of("app_uuid", "token_id"), t.variableNames());
  }

  @Test
  void variablesAreReadFromAPathBehindAnExtraPrefix() {
    PathTemplate t = PathTemplate.parse("GET /lite/users/{id}/email_accounts/{label}");
    assertEquals(Map.of("id", "u-1", "label", "0"), t.matchAllowingPrefix("GET", "/proxy/lite/users/u-1/email_accounts/0"));
    assertEquals(Map.of("id", "u-1", "label", "0"), t.matchAllowingPrefix("GET", "/lite/users/u-1/email_accounts/0/"));
    assertNull(t.matchAllowingPrefix("GET", "/proxy/lite/people/u-1/email_accounts/0"));
    assertNull(t.matchAllowingPrefix("GET", "/users/u-1/email_accounts/0"));
    assertNull(t.matchAllowingPrefix("POST", "/proxy/lite/users/u-1/email_accounts/0"));
    assertNull(PathTemplate.parse("GET /files/**").matchAllowingPrefix("GET", "/proxy/files/a"));
  }
}
