package dev.pacer.vendor.support.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import okhttp3.Call;
import okhttp3.Interceptor;
import okhttp3.MediaType;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.AsyncTimeout;
import okio.Buffer;
import okio.BufferedSource;
import okio.ForwardingSource;
import okio.Okio;
import retrofit2.Invocation;
import retrofit2.http.Streaming;

/**
 * Bounds each transmission of an ordinary call, from sending the request to the last byte of
 * the response body, so a server that drips a byte every few seconds (which no read timeout
 * catches) cannot keep a call open forever. Runs as a network interceptor: Pacer's waits before
 * a transmission and between retries are not counted (they have bounds of their own). When the
 * deadline passes, the call is cancelled and fails with an {@link InterruptedIOException} whose
 * message says so.
 *
 * <p>Long-lived calls have no deadline: a Retrofit method annotated {@link Streaming} (the body
 * is read by the caller at its own pace), and a call whose read timeout was raised above the
 * client's for that call alone (as Nylas's delta long-poll and stream do). Their read timeout
 * still bounds every silence. Internal: no compatibility promise. Immutable and thread-safe.
 */
public final class CallDeadline implements Interceptor {
  private final long timeoutNanos;
  private final int clientReadTimeoutMillis;

  /**
   * A deadline of {@code timeoutNanos} per transmission (0: none), on a client whose read
   * timeout is {@code clientReadTimeoutMillis}.
   */
  public CallDeadline(long timeoutNanos, int clientReadTimeoutMillis) {
    if (timeoutNanos < 0) throw new IllegalArgumentException("timeoutNanos < 0: " + timeoutNanos);
    this.timeoutNanos = timeoutNanos;
    this.clientReadTimeoutMillis = clientReadTimeoutMillis;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    Request request = chain.request();
    if (timeoutNanos == 0 || isLongLived(request, chain.readTimeoutMillis())) return chain.proceed(request);
    Watchdog watchdog = new Watchdog(chain.call());
    watchdog.timeout(timeoutNanos, TimeUnit.NANOSECONDS);
    watchdog.enter();
    Response response;
    try {
      response = chain.proceed(request);
    } catch (IOException e) {
      throw watchdog.leave() ? watchdog.timeoutException(e) : e;
    } catch (RuntimeException | Error e) {
      watchdog.leave();
      throw e;
    }
    ResponseBody body = response.body();
    if (body == null) {
      watchdog.leave();
      return response;
    }
    return response.newBuilder().body(new DeadlineBody(body, watchdog)).build();
  }

  private boolean isLongLived(Request request, int readTimeoutMillis) {
    Invocation invocation = request.tag(Invocation.class);
    if (invocation != null && invocation.method().isAnnotationPresent(Streaming.class)) return true;
    if (clientReadTimeoutMillis == 0) return false;
    return readTimeoutMillis == 0 || readTimeoutMillis > clientReadTimeoutMillis;
  }

  @Override
  public String toString() {
    return "CallDeadline{" + TimeUnit.NANOSECONDS.toMillis(timeoutNanos) + " ms}";
  }

  /** Cancels the call when the deadline passes. */
  private static final class Watchdog extends AsyncTimeout {
    private final Call call;
    private final AtomicBoolean exited = new AtomicBoolean();

    Watchdog(Call call) {
      this.call = call;
    }

    @Override
    protected void timedOut() {
      call.cancel();
    }

    /** Leaves the watch once; true if the deadline had passed. */
    boolean leave() {
      return exited.compareAndSet(false, true) && exit();
    }

    InterruptedIOException timeoutException(IOException cause) {
      InterruptedIOException e = new InterruptedIOException("timeout: no complete answer within "
          + TimeUnit.NANOSECONDS.toMillis(timeoutNanos()) + " ms (transmissionTimeout)");
      e.initCause(cause);
      return e;
    }
  }

  /** Leaves the watch at the end of the body or when it is closed. */
  private static final class DeadlineBody extends ResponseBody {
    private final ResponseBody delegate;
    private final BufferedSource source;

    DeadlineBody(ResponseBody delegate, Watchdog watchdog) {
      this.delegate = delegate;
      this.source = Okio.buffer(new ForwardingSource(delegate.source()) {
        private boolean timedOut;

        @Override
        public long read(Buffer sink, long byteCount) throws IOException {
          long n;
          try {
            n = super.read(sink, byteCount);
          } catch (IOException e) {
            timedOut |= watchdog.leave();
            throw timedOut ? watchdog.timeoutException(e) : e;
          }
          if (n == -1) watchdog.leave();
          return n;
        }

        @Override
        public void close() throws IOException {
          watchdog.leave();
          super.close();
        }
      });
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
        delegate.close();
      }
    }
  }
}
