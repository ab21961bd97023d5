package dev.pacer.intercom;

import static org.junit.jupiter.api.Assertions.assertNotNull;

import dev.pacer.policy.Endpoint;
import dev.pacer.vendor.support.EndpointTagInterceptor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/**
 * The endpoints the typed client calls, read from the Retrofit annotations of every service
 * {@link IntercomClient} hands out (so a new service is counted without listing it here).
 */
final class TypedEndpoints {
  private TypedEndpoints() {}

  /** Each endpoint once, as {@code METHOD /template}, sorted; overloads of one endpoint count once. */
  static Set<String> all() {
    Set<String> out = new TreeSet<>(Comparator.naturalOrder());
    for (Method accessor : IntercomClient.class.getDeclaredMethods()) {
      Class<?> service = accessor.getReturnType();
      if (!Modifier.isPublic(accessor.getModifiers()) || !service.isInterface()
          || !service.getSimpleName().endsWith("Api")) {
        continue;
      }
      for (Method m : service.getDeclaredMethods()) {
        if (m.isDefault() || m.isSynthetic()) continue;
        Endpoint e = EndpointTagInterceptor.endpointOf(m, IntercomRegion.US.baseUrl());
        assertNotNull(e, service.getSimpleName() + "." + m.getName() + " has no HTTP annotation");
        out.add(e.method() + " " + e.template());
      }
    }
    return out;
  }
}
