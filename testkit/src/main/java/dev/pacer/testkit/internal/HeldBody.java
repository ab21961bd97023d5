package dev.pacer.testkit.internal;

import dev.pacer.time.PacerClock;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponseBody;
import okio.BufferedSink;

/**
 * A chunked body held open for a while: a delta stream (its lines, then keep-alive newlines) or
 * a long-poll (whitespace keep-alives, then its JSON). Keep-alives go out every
 * {@value #TICK_MILLIS} ms, so a client that disconnects is noticed within a few ticks and its
 * slots are released then; otherwise they are released when the hold ends, just before the
 * final bytes. The sandbox closing ends every hold at once.
 */
final class HeldBody implements MockResponseBody {
  static final long TICK_MILLIS = 50L;

  private final Reply reply;
  private final long holdNanos;
  private final PacerClock clock;
  private final CountDownLatch closing;

  HeldBody(Reply reply, Duration hold, PacerClock clock, CountDownLatch closing) {
    this.reply = reply;
    this.holdNanos = hold.toNanos();
    this.clock = clock;
    this.closing = closing;
  }

  @Override
  public long getContentLength() {
    return -1L;
  }

  @Override
  public void writeTo(BufferedSink sink) throws IOException {
    boolean stream = reply.kind() == Reply.Kind.STREAM;
    try {
      if (stream && !reply.body().isEmpty()) {
        chunk(sink, reply.body());
      }
      long deadline = clock.nanoTime() + holdNanos;
      String keepAlive = stream ? "\n" : " ";
      while (true) {
        long left = deadline - clock.nanoTime();
        if (left <= 0L) {
          break;
        }
        if (closing.await(Math.min(left, TimeUnit.MILLISECONDS.toNanos(TICK_MILLIS)),
            TimeUnit.NANOSECONDS)) {
          break;
        }
        chunk(sink, keepAlive);
      }
      reply.lease().release();
      if (!stream) {
        chunk(sink, reply.body());
      }
      sink.writeUtf8("0\r\n"); // The last chunk; MockWebServer writes the (empty) trailers.
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while holding a response");
    } finally {
      reply.lease().release();
    }
  }

  private static void chunk(BufferedSink sink, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    sink.writeHexadecimalUnsignedLong(bytes.length);
    sink.writeUtf8("\r\n");
    sink.write(bytes);
    sink.writeUtf8("\r\n");
    sink.flush();
  }
}
