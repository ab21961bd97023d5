package dev.pacer.nylas;

import okhttp3.HttpUrl;

/** The data-centre regions of Nylas API v2 and their base URLs. */
public enum NylasRegion {
  /** The United States: {@code https://api.nylas.com/} (the default). */
  US("https://api.nylas.com/"),
  /** Europe (Ireland): {@code https://ireland.api.nylas.com/}. */
  EU("https://ireland.api.nylas.com/"),
  /** Canada: {@code https://canada.api.nylas.com/}, as listed in the v2.2 API reference. */
  CANADA("https://canada.api.nylas.com/");

  private final HttpUrl baseUrl;

  NylasRegion(String baseUrl) {
    this.baseUrl = HttpUrl.get(baseUrl);
  }

  /** The region's API base URL, ending in {@code /}. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }
}
