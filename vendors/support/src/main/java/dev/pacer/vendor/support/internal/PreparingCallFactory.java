package dev.pacer.vendor.support.internal;

import java.util.Objects;
import java.util.function.UnaryOperator;
import okhttp3.Call;
import okhttp3.Request;

/**
 * A {@link Call.Factory} that prepares each request (endpoint tag, credential header) before the
 * delegate sees it, so Pacer's call factory classifies the prepared request. Internal.
 */
public final class PreparingCallFactory implements Call.Factory {
  private final Call.Factory delegate;
  private final UnaryOperator<Request> prepare;

  public PreparingCallFactory(Call.Factory delegate, UnaryOperator<Request> prepare) {
    this.delegate = Objects.requireNonNull(delegate, "delegate == null");
    this.prepare = Objects.requireNonNull(prepare, "prepare == null");
  }

  @Override
  public Call newCall(Request request) {
    return delegate.newCall(prepare.apply(request));
  }
}
