package dev.pacer.intercom.model;

import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A contact's social profiles.
 *
 * @param type the object type, {@code list}
 * @param data the profiles; empty when absent
 */
public record SocialProfiles(String type, List<Profile> data) {
  public SocialProfiles {
    data = Copies.listOrEmpty(data);
  }

  /**
   * One social profile.
   *
   * @param type the object type, {@code social_profile}
   * @param name the network, e.g. {@code Twitter}
   * @param url the profile's URL
   */
  public record Profile(String type, String name, String url) {}
}
