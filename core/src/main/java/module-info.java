/**
 * Pacer core: rate-limit policies, the limiter, the OkHttp interceptor and the paced call
 * factory. Exports only the public API; {@code dev.pacer.internal} carries no compatibility
 * promise and is not exported. Micrometer is optional: {@code MicrometerPacerListener} needs it
 * at run time only if you use it.
 */
module dev.pacer.core {
  requires transitive okhttp3;
  requires io.github.resilience4j.core;
  requires transitive io.github.resilience4j.circuitbreaker;
  requires org.slf4j;
  requires static micrometer.core;

  exports dev.pacer;
  exports dev.pacer.event;
  exports dev.pacer.policy;
  exports dev.pacer.store;
  exports dev.pacer.time;
}
