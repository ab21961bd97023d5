package dev.pacer.vendor.support;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.Callback;
import retrofit2.Response;

/**
 * Runs Retrofit calls and turns unsuccessful responses into {@link ApiException}s, so callers
 * get either the body or a typed error.
 *
 * <pre>{@code
 * Contact c = VendorCalls.execute(client.contacts().get(42L), EsputnikErrors.PARSER);
 * CompletableFuture<Contact> f = VendorCalls.async(client.contacts().get(42L), EsputnikErrors.PARSER);
 * }</pre>
 */
public final class VendorCalls {
  private VendorCalls() {}

  /**
   * Executes {@code call} on this thread and returns the response body: null for an empty body
   * or a {@code Void} result. A status outside 2xx throws {@link ApiException} read with {@code
   * errors}; network failures and Pacer's refusals throw their own {@link IOException}s.
   */
  public static <T> T execute(Call<T> call, ErrorBodyParser<?> errors) throws IOException {
    Objects.requireNonNull(call, "call == null");
    Objects.requireNonNull(errors, "errors == null");
    return bodyOrThrow(call.execute(), errors);
  }

  /**
   * Enqueues {@code call} and returns a future of its body. The future completes exceptionally
   * with {@link ApiException} for a status outside 2xx, and with the failure's {@link
   * IOException} otherwise. Cancelling the future cancels the call. No thread waits: with a
   * Pacer call factory, waiting for permits happens on a timer.
   */
  public static <T> CompletableFuture<T> async(Call<T> call, ErrorBodyParser<?> errors) {
    Objects.requireNonNull(call, "call == null");
    Objects.requireNonNull(errors, "errors == null");
    CompletableFuture<T> future = new CompletableFuture<>() {
      @Override
      public boolean cancel(boolean mayInterruptIfRunning) {
        call.cancel();
        return super.cancel(mayInterruptIfRunning);
      }
    };
    call.enqueue(new Callback<T>() {
      @Override
      public void onResponse(Call<T> c, Response<T> response) {
        try {
          future.complete(bodyOrThrow(response, errors));
        } catch (ApiException e) {
          future.completeExceptionally(e);
        }
      }

      @Override
      public void onFailure(Call<T> c, Throwable t) {
        future.completeExceptionally(t);
      }
    });
    return future;
  }

  /** The body of a successful {@code response}, or the {@link ApiException} of an unsuccessful one. */
  public static <T> T bodyOrThrow(Response<T> response, ErrorBodyParser<?> errors) throws ApiException {
    Objects.requireNonNull(response, "response == null");
    if (response.isSuccessful()) return response.body();
    throw ApiException.from(response, errors);
  }
}
