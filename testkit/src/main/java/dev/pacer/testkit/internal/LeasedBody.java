package dev.pacer.testkit.internal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * A fixed body that releases its lease just before its last byte goes out, so a client can
 * never see the response complete while the sandbox still counts it in flight.
 */
final class LeasedBody implements MockResponseBody {
  private final byte[] bytes;
  private final Lease lease;

  LeasedBody(String body, Lease lease) {
    this.bytes = body.getBytes(StandardCharsets.UTF_8);
    this.lease = lease;
  }

  @Override
  public long getContentLength() {
    return bytes.length;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    try {
      if (bytes.length > 1) {
        sink.write(bytes, 0, bytes.length - 1);
        sink.flush();
      }
      lease.release();
      if (bytes.length > 0) {
        sink.write(bytes, bytes.length - 1, 1);
      }
    } finally {
      lease.release();
    }
  }
}
