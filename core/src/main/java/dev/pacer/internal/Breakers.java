package dev.pacer.internal;

import dev.pacer.event.PacerListener;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One Resilience4j circuit breaker per host, created on first use from one config, in a registry
 * the application can bind to its metrics. Each breaker's state changes reach the listener.
 * What counts: a 5xx answer and a network failure are failures; a 429 is pacing, not breakage,
 * and is neither; a cancelled call is neither. Thread-safe.
 */
final class Breakers {
  private final CircuitBreakerRegistry registry;
  private final PacerListener listener;
  private final ConcurrentHashMap<String, CircuitBreaker> byHost = new ConcurrentHashMap<>();

  /** Breakers from {@code config}, timed by {@code clock} (so virtual time drives their open-state wait). */
  Breakers(CircuitBreakerConfig config, dev.pacer.time.PacerClock clock, PacerListener listener) {
    this.registry = CircuitBreakerRegistry.of(CircuitBreakerConfig.from(config).clock(new PacerJavaClock(clock)).build());
    this.listener = listener;
  }

  CircuitBreakerRegistry registry() {
    return registry;
  }

  CircuitBreaker forHost(String host) {
    CircuitBreaker b = byHost.get(host);
    if (b != null) return b;
    return byHost.computeIfAbsent(host, h -> {
      CircuitBreaker made = registry.circuitBreaker(h);
      made.getEventPublisher().onStateTransition(e ->
          listener.circuitBreakerChanged(h, e.getStateTransition().getToState().name()));
      return made;
    });
  }
}
