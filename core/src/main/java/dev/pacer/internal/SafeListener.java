package dev.pacer.internal;

import dev.pacer.event.PacerListener;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Shields Pacer from listeners that throw, and logs every event at debug level (no credential reaches either). */
final class SafeListener implements PacerListener {
  private static final Logger log = LoggerFactory.getLogger("dev.pacer");

  private final PacerListener delegate;

  SafeListener(PacerListener delegate) {
    this.delegate = delegate;
  }

  @Override
  public void waited(String endpoint, String rule, Duration wait) {
    log.debug("{} waited {} ms under rule '{}'", endpoint, wait.toMillis(), rule);
    try {
      delegate.waited(endpoint, rule, wait);
    } catch (RuntimeException e) {
      log.warn("PacerListener.waited threw", e);
    }
  }

  @Override
  public void pausedByServer(String endpoint, String bucket, int status, Duration pause) {
    log.debug("{} answered {}: bucket {} paused for {} ms", endpoint, status, bucket, pause.toMillis());
    try {
      delegate.pausedByServer(endpoint, bucket, status, pause);
    } catch (RuntimeException e) {
      log.warn("PacerListener.pausedByServer threw", e);
    }
  }

  @Override
  public void pauseClipped(String endpoint, String bucket, Duration requested, Duration applied) {
    log.warn("{} asked to pause bucket {} for {} ms; paused for the bound, {} ms", endpoint, bucket, requested.toMillis(), applied.toMillis());
    try {
      delegate.pauseClipped(endpoint, bucket, requested, applied);
    } catch (RuntimeException e) {
      log.warn("PacerListener.pauseClipped threw", e);
    }
  }

  @Override
  public void retryBudgetExhausted(String endpoint) {
    log.warn("retry budget exhausted at {}: failures are delivered without retries until successes refill it", endpoint);
    try {
      delegate.retryBudgetExhausted(endpoint);
    } catch (RuntimeException e) {
      log.warn("PacerListener.retryBudgetExhausted threw", e);
    }
  }

  @Override
  public void circuitBreakerChanged(String host, String state) {
    log.warn("circuit breaker for {} is now {}", host, state);
    try {
      delegate.circuitBreakerChanged(host, state);
    } catch (RuntimeException e) {
      log.warn("PacerListener.circuitBreakerChanged threw", e);
    }
  }

  @Override
  public void bucketsOverflowing(String rule, boolean overflowing) {
    if (overflowing) {
      log.warn("bucket store full: keys of rule {} without a bucket of their own now share its overflow bucket", rule);
    } else {
      log.info("bucket store has room again: keys of rule {} get buckets of their own", rule);
    }
    try {
      delegate.bucketsOverflowing(rule, overflowing);
    } catch (RuntimeException e) {
      log.warn("PacerListener.bucketsOverflowing threw", e);
    }
  }

  @Override
  public void retrying(String endpoint, int attempt, Duration delay, String reason) {
    log.debug("{} attempt {} failed ({}); retrying in {} ms", endpoint, attempt, reason, delay.toMillis());
    try {
      delegate.retrying(endpoint, attempt, delay, reason);
    } catch (RuntimeException e) {
      log.warn("PacerListener.retrying threw", e);
    }
  }

  @Override
  public void gaveUp(String endpoint, int attempts, String reason) {
    log.debug("{} gave up after {} attempt(s): {}", endpoint, attempts, reason);
    try {
      delegate.gaveUp(endpoint, attempts, reason);
    } catch (RuntimeException e) {
      log.warn("PacerListener.gaveUp threw", e);
    }
  }

  @Override
  public void rejected(String endpoint, String rule, Duration wait) {
    log.debug("{} rejected: rule '{}' would make it wait {} ms", endpoint, rule, wait.toMillis());
    try {
      delegate.rejected(endpoint, rule, wait);
    } catch (RuntimeException e) {
      log.warn("PacerListener.rejected threw", e);
    }
  }

  @Override
  public void storeUnavailable(String store, String reason) {
    log.warn("bucket store {} unavailable ({}): deciding from its fallback", store, reason);
    try {
      delegate.storeUnavailable(store, reason);
    } catch (RuntimeException e) {
      log.warn("PacerListener.storeUnavailable threw", e);
    }
  }

  @Override
  public void storeRecovered(String store, Duration down) {
    log.info("bucket store {} answers again after {} ms", store, down.toMillis());
    try {
      delegate.storeRecovered(store, down);
    } catch (RuntimeException e) {
      log.warn("PacerListener.storeRecovered threw", e);
    }
  }
}
