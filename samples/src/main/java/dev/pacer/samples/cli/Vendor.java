package dev.pacer.samples.cli;

import dev.pacer.policy.RateLimitPolicy;
import dev.pacer.testkit.VendorProfile;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * One vendor the tool knows: its sandbox profile, its declared policy (null until its typed
 * client is in the build) and its demo burst (null likewise). Every command reads this table,
 * so adding a vendor is one entry in {@link Vendors#ALL}.
 *
 * @param name the name on the command line
 * @param title the vendor's name for people
 * @param profile the sandbox profile
 * @param policy the vendor module's declared policy, or null
 * @param demo the burst {@code pacer demo} runs, or null
 */
record Vendor(String name, String title, Supplier<VendorProfile> profile, RateLimitPolicy policy, Demo<?> demo) {
  Vendor {
    Objects.requireNonNull(name, "name == null");
    Objects.requireNonNull(title, "title == null");
    Objects.requireNonNull(profile, "profile == null");
  }

  /** The policy, or a usage error saying why there is none. */
  RateLimitPolicy requirePolicy(String command) {
    if (policy == null) {
      throw new IllegalArgumentException(title + " has no typed client in this build yet, so `pacer " + command
          + "` has no declared policy for it; `pacer sandbox " + name + "` works, and `pacer load --rule ...` "
          + "can state its limits");
    }
    return policy;
  }
}
