package dev.pacer.nylas;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.pacer.nylas.internal.NylasJson;
import dev.pacer.nylas.model.Delta;
import dev.pacer.vendor.support.VendorCalls;
import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import okhttp3.ResponseBody;
import retrofit2.Call;

/**
 * An open {@code GET /delta/streaming} response, read one {@link Delta} at a time as the server
 * sends it: nothing is buffered beyond the delta being parsed, so a stream can stay open for
 * hours. The open stream holds one of the account's ten streaming slots; {@link #close()} frees
 * it at once.
 *
 * <pre>{@code
 * try (DeltaStream stream = account.streamDeltas(cursor, DeltaOptions.none())) {
 *   for (Delta d; (d = stream.next()) != null; ) {
 *     handle(d);
 *     saveCursor(stream.cursor());
 *   }
 * }
 * }</pre>
 *
 * <p>The body may be newline-separated delta objects (what Nylas streams), delta pages of the
 * {@code {cursor_start, cursor_end, deltas: [...]}} shape, or a mix; blank keep-alive lines are
 * skipped. One thread reads with {@link #next()}; any thread may {@link #close()}, which cancels
 * the call and makes a blocked {@code next()} return null (at the latest when the next bytes,
 * such as a keep-alive newline, arrive).
 */
public final class DeltaStream implements Closeable {
  private enum State { TOP, IN_ARRAY, PAGE_REST, DONE }

  private final ResponseBody body;
  private final Call<?> call;
  private final ObjectMapper mapper;
  private final JsonParser parser;
  private final Object lock = new Object();

  // Guarded by lock; also read without it by StopOnClose.
  private volatile boolean closed;
  private boolean reading;
  private boolean bodyClosed;

  // Confined to the reading thread.
  private State state = State.TOP;
  private State afterArray = State.TOP;
  private String pageCursorEnd;
  private volatile String cursor;

  private DeltaStream(ResponseBody body, Call<?> call, ObjectMapper mapper) throws IOException {
    this.body = body;
    this.call = call;
    this.mapper = mapper;
    this.parser = NylasJson.streamParser(new StopOnClose(body.byteStream()));
  }

  /**
   * Executes {@code call} (from {@link DeltaApi#stream(String, dev.pacer.nylas.model.DeltaOptions)})
   * and wraps its body.
   *
   * @throws dev.pacer.vendor.support.ApiException when Nylas answers with an error
   */
  public static DeltaStream open(Call<ResponseBody> call) throws IOException {
    return open(call, NylasJson.MAPPER);
  }

  /** Like {@link #open(Call)}, without blocking: the future completes once the response headers arrive. */
  public static CompletableFuture<DeltaStream> openAsync(Call<ResponseBody> call) {
    return openAsync(call, NylasJson.MAPPER);
  }

  static DeltaStream open(Call<ResponseBody> call, ObjectMapper mapper) throws IOException {
    Objects.requireNonNull(call, "call == null");
    ResponseBody body = VendorCalls.execute(call, NylasErrorParser.INSTANCE);
    return wrap(body, call, mapper);
  }

  static CompletableFuture<DeltaStream> openAsync(Call<ResponseBody> call, ObjectMapper mapper) {
    Objects.requireNonNull(call, "call == null");
    return VendorCalls.async(call, NylasErrorParser.INSTANCE).thenApply(body -> {
      try {
        return wrap(body, call, mapper);
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
  }

  private static DeltaStream wrap(ResponseBody body, Call<?> call, ObjectMapper mapper) throws IOException {
    if (body == null) throw new IOException("GET /delta/streaming answered without a body");
    try {
      return new DeltaStream(body, call, mapper);
    } catch (IOException | RuntimeException e) {
      body.close();
      throw e;
    }
  }

  /**
   * The next delta, waiting for the server to send one; null once the server ends the stream or
   * the stream is closed. The stream closes itself at its end and on any error.
   *
   * @throws IOException when the connection fails or the server sends something that is not JSON
   */
  public Delta next() throws IOException {
    synchronized (lock) {
      if (closed) return null;
      reading = true;
    }
    boolean failed = true;
    try {
      Delta d = advance();
      failed = false;
      return d;
    } catch (IOException | RuntimeException e) {
      synchronized (lock) {
        if (closed) {
          failed = false;
          return null; // closed by another thread while we waited: not an error
        }
      }
      throw e;
    } finally {
      boolean closeNow;
      synchronized (lock) {
        reading = false;
        if (failed || state == State.DONE) closed = true;
        closeNow = closed && !bodyClosed;
        if (closeNow) bodyClosed = true;
      }
      if (closeNow) closeBody();
    }
  }

  /**
   * The cursor to resume from: that of the last delta {@link #next()} returned (or the end cursor
   * of the last complete page), or null before the first.
   */
  public String cursor() {
    return cursor;
  }

  /** True once the stream ended, failed or was closed. */
  public boolean isClosed() {
    synchronized (lock) {
      return closed;
    }
  }

  /**
   * Closes the response, which frees the account's streaming slot. Safe to call from any thread
   * and more than once; a {@link #next()} blocked in another thread returns null.
   */
  @Override
  public void close() {
    boolean closeNow;
    synchronized (lock) {
      if (closed && (bodyClosed || reading)) return;
      closed = true;
      // A reader is blocked on the socket: cancelling the call unblocks it, and it closes the
      // body on its way out (the body's source must not be touched by two threads at once).
      closeNow = !reading && !bodyClosed;
      if (closeNow) bodyClosed = true;
    }
    if (closeNow) {
      closeBody();
    } else if (call != null) {
      call.cancel();
    }
  }

  private void closeBody() {
    try {
      parser.close();
    } catch (IOException ignored) {
      // The body is closed next either way.
    }
    body.close();
  }

  private Delta advance() throws IOException {
    while (true) {
      switch (state) {
        case DONE:
          return null;
        case TOP: {
          JsonToken t = parser.nextToken();
          if (t == null) {
            state = State.DONE;
            return null;
          }
          if (t == JsonToken.START_ARRAY) {
            afterArray = State.TOP;
            state = State.IN_ARRAY;
          } else if (t == JsonToken.START_OBJECT) {
            Delta d = readTopLevelObject();
            if (d != null) return d;
          } else {
            parser.skipChildren();
          }
          break;
        }
        case IN_ARRAY: {
          JsonToken t = parser.nextToken();
          if (t == JsonToken.END_ARRAY) {
            state = afterArray;
          } else if (t == JsonToken.START_OBJECT) {
            Delta d = mapper.readValue(parser, Delta.class);
            if (d.cursor() != null) cursor = d.cursor();
            return d;
          } else if (t == null) {
            throw new java.io.EOFException("delta stream ended inside a list of deltas");
          } else {
            parser.skipChildren();
          }
          break;
        }
        case PAGE_REST: {
          JsonToken t = parser.nextToken();
          if (t == JsonToken.END_OBJECT) {
            if (pageCursorEnd != null) cursor = pageCursorEnd;
            pageCursorEnd = null;
            state = State.TOP;
          } else if (t == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken v = parser.nextToken();
            if ("deltas".equals(name) && v == JsonToken.START_ARRAY) {
              afterArray = State.PAGE_REST;
              state = State.IN_ARRAY;
            } else if ("cursor_end".equals(name) && v == JsonToken.VALUE_STRING) {
              pageCursorEnd = parser.getText();
            } else {
              parser.skipChildren();
            }
          } else {
            throw new java.io.EOFException("delta stream ended inside a delta page");
          }
          break;
        }
        default:
          throw new AssertionError(state);
      }
    }
  }

  /**
   * Reads a top-level object, which is either one delta or a page holding a {@code deltas} array.
   * A page switches to reading its array element by element and returns null; a delta is
   * returned whole.
   */
  private Delta readTopLevelObject() throws IOException {
    ObjectNode fields = mapper.createObjectNode();
    while (true) {
      JsonToken t = parser.nextToken();
      if (t == JsonToken.END_OBJECT) break;
      if (t != JsonToken.FIELD_NAME) throw new java.io.EOFException("delta stream ended inside an object");
      String name = parser.currentName();
      JsonToken v = parser.nextToken();
      if ("deltas".equals(name) && v == JsonToken.START_ARRAY) {
        JsonNode end = fields.get("cursor_end");
        pageCursorEnd = end != null && end.isTextual() ? end.textValue() : null;
        afterArray = State.PAGE_REST;
        state = State.IN_ARRAY;
        return null;
      }
      JsonNode value = mapper.readTree(parser);
      fields.set(name, value == null ? NullNode.getInstance() : value);
    }
    if (!fields.has("event") && !fields.has("object") && fields.has("cursor_end")) {
      // A page without a deltas array (nothing changed): only its end cursor matters.
      JsonNode end = fields.get("cursor_end");
      if (end.isTextual()) cursor = end.textValue();
      return null;
    }
    Delta d = mapper.treeToValue(fields, Delta.class);
    if (d.cursor() != null) cursor = d.cursor();
    return d;
  }

  /**
   * Ends the input once the stream is closed, so a reader blocked on the socket stops at the next
   * bytes Nylas sends (a keep-alive newline at the latest) even when cancelling the call cannot
   * interrupt the read.
   */
  private final class StopOnClose extends FilterInputStream {
    StopOnClose(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      return closed ? -1 : super.read();
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (closed) return -1;
      int n = super.read(b, off, len);
      return closed ? -1 : n;
    }
  }

  @Override
  public String toString() {
    return "DeltaStream{cursor=" + cursor + ", closed=" + isClosed() + "}";
  }
}
