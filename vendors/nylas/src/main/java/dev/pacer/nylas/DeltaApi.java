package dev.pacer.nylas;

import dev.pacer.nylas.model.DeltaOptions;
import dev.pacer.nylas.model.DeltaPage;
import dev.pacer.nylas.model.LatestCursor;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;
import retrofit2.http.Streaming;

/**
 * An account's transaction log ({@code /delta}). Get one from {@link NylasAccount#deltas()}.
 *
 * <p>A long-poll or streaming call holds one of the account's concurrency slots (10 each) until
 * its body is closed; {@link NylasAccount#streamDeltas(String, DeltaOptions)} wraps a stream in a
 * {@link DeltaStream} that parses deltas as they arrive and frees the slot on close.
 */
public interface DeltaApi {
  /** {@code POST /delta/latest_cursor}: the cursor at the end of the log now. */
  @POST("delta/latest_cursor")
  Call<LatestCursor> latestCursor();

  /** {@code GET /delta} with raw query parameters besides the cursor. */
  @GET("delta")
  Call<DeltaPage> page(@Query("cursor") String cursor, @QueryMap Map<String, String> options);

  /** {@code GET /delta}: the changes after {@code cursor}, one page. */
  default Call<DeltaPage> page(String cursor, DeltaOptions options) {
    Objects.requireNonNull(cursor, "cursor == null");
    return page(cursor, Objects.requireNonNull(options, "options == null").query());
  }

  /** {@code GET /delta/longpoll} with raw query parameters besides the cursor and timeout. */
  @GET("delta/longpoll")
  Call<DeltaPage> longPoll(@Query("cursor") String cursor, @Query("timeout") long timeoutSeconds,
      @QueryMap Map<String, String> options);

  /**
   * {@code GET /delta/longpoll}: waits up to {@code timeout} (whole seconds, at least one) for
   * changes after {@code cursor} and answers with them, or with an empty page on timeout.
   */
  default Call<DeltaPage> longPoll(String cursor, Duration timeout, DeltaOptions options) {
    Objects.requireNonNull(cursor, "cursor == null");
    Objects.requireNonNull(timeout, "timeout == null");
    if (timeout.getSeconds() < 1) throw new IllegalArgumentException("timeout < 1 s: " + timeout);
    return longPoll(cursor, timeout.getSeconds(), Objects.requireNonNull(options, "options == null").query());
  }

  /** {@code GET /delta/streaming} with raw query parameters besides the cursor. Close the body when done. */
  @Streaming
  @GET("delta/streaming")
  Call<ResponseBody> stream(@Query("cursor") String cursor, @QueryMap Map<String, String> options);

  /**
   * {@code GET /delta/streaming}: a response that stays open and carries each change after
   * {@code cursor} as it happens. Open it with {@link DeltaStream#open(Call)}, or use
   * {@link NylasAccount#streamDeltas(String, DeltaOptions)}.
   */
  default Call<ResponseBody> stream(String cursor, DeltaOptions options) {
    Objects.requireNonNull(cursor, "cursor == null");
    return stream(cursor, Objects.requireNonNull(options, "options == null").query());
  }
}
