package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertEquals;

import mockwebserver3.RecordedRequest;

/** Small assertions on recorded requests. */
final class RecordedRequestAssert {
  private RecordedRequestAssert() {}

  /** The request carried an empty body (a POST with no payload still sends Content-Length: 0). */
  static void noBody(RecordedRequest r) {
    assertEquals(0L, r.getBodySize(), "body of " + r.getRequestLine());
  }
}
