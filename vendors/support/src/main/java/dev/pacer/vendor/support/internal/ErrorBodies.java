package dev.pacer.vendor.support.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import okio.Source;

/** Reads error bodies up to a cap, and caps what others can read of them. Internal: no compatibility promise. */
public final class ErrorBodies {
  private ErrorBodies() {}

  /**
   * Up to {@code maxBytes} of {@code body} decoded as text (its charset, else UTF-8), or an empty
   * string for a null, empty or unreadable body. Closes the body.
   */
  public static String read(ResponseBody body, int maxBytes) {
    if (body == null) return "";
    try (ResponseBody b = body) {
      BufferedSource source = b.source();
      source.request(maxBytes);
      Buffer buffer = source.getBuffer();
      long n = Math.min(buffer.size(), maxBytes);
      MediaType type = b.contentType();
      Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
      return buffer.clone().readString(n, charset);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }

  /**
   * {@code body} ending after {@code maxBytes}: reads stop there (the rest is never pulled off the
   * connection), and closing the result closes {@code body}. Its content length is {@code body}'s
   * when that fits, else unknown (-1).
   */
  public static ResponseBody capped(ResponseBody body, long maxBytes) {
    return new CappedBody(body, maxBytes);
  }

  private static final class CappedBody extends ResponseBody {
    private final ResponseBody delegate;
    private final long maxBytes;
    private final BufferedSource source;

    CappedBody(ResponseBody delegate, long maxBytes) {
      this.delegate = delegate;
      this.maxBytes = maxBytes;
      this.source = Okio.buffer(new CappedSource(delegate.source(), maxBytes));
    }

    @Override
    public MediaType contentType() {
      return delegate.contentType();
    }

    @Override
    public long contentLength() {
      long n = delegate.contentLength();
      return n >= 0 && n <= maxBytes ? n : -1;
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
        delegate.close();
      }
    }
  }

  private static final class CappedSource extends ForwardingSource {
    private long remaining;

    CappedSource(Source delegate, long maxBytes) {
      super(delegate);
      this.remaining = maxBytes;
    }

    @Override
    public long read(Buffer sink, long byteCount) throws IOException {
      if (remaining <= 0 || byteCount == 0) return remaining <= 0 ? -1 : 0;
      long n = super.read(sink, Math.min(byteCount, remaining));
      if (n > 0) remaining -= n;
      return n;
    }
  }
}
