package dev.pacer.internal;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;

/**
 * Wraps a response body so that an action runs exactly once when the body is closed or read to
 * the end: this is how a concurrency permit lives exactly as long as the response.
 */
final class ReleasingResponseBody extends ResponseBody {
  private final ResponseBody delegate;
  private final Runnable onDone;
  private final AtomicBoolean done = new AtomicBoolean();
  private final BufferedSource source;

  ReleasingResponseBody(ResponseBody delegate, Runnable onDone) {
    this.delegate = delegate;
    this.onDone = onDone;
    Source forwarding = new ForwardingSource(delegate.source()) {
      @Override
      public long read(Buffer sink, long byteCount) throws IOException {
        long n;
        try {
          n = super.read(sink, byteCount);
        } catch (IOException e) {
          finish();
          throw e;
        }
        if (n == -1) finish();
        return n;
      }

      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          finish();
        }
      }
    };
    this.source = Okio.buffer(forwarding);
  }

  void finish() {
    if (done.compareAndSet(false, true)) onDone.run();
  }

  @Override
  public MediaType contentType() {
    return delegate.contentType();
  }

  @Override
  public long contentLength() {
    return delegate.contentLength();
  }

  @Override
  public BufferedSource source() {
    return source;
  }

  @Override
  public void close() {
    try {
      source.close();
    } catch (IOException ignored) {
      // Closing quietly, as ResponseBody.close() does.
    } finally {
      finish();
    }
  }
}
