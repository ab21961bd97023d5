package dev.pacer.intercom;

import okhttp3.HttpUrl;

/**
 * The data region hosting an Intercom workspace; a workspace's access token works only against
 * its own region's host. {@code GET /me} reports the region as {@link
 * dev.pacer.intercom.model.App#region()}.
 */
public enum IntercomRegion {
  /** The United States, {@code https://api.intercom.io/} (the default). */
  US("https://api.intercom.io/"),
  /** Europe, {@code https://api.eu.intercom.io/}. */
  EU("https://api.eu.intercom.io/"),
  /** Australia, {@code https://api.au.intercom.io/}. */
  AU("https://api.au.intercom.io/");

  private final HttpUrl baseUrl;

  IntercomRegion(String baseUrl) {
    this.baseUrl = HttpUrl.get(baseUrl);
  }

  /** The region's API base URL, ending in {@code /}. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }
}
