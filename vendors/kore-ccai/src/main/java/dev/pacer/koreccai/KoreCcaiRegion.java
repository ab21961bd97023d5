package dev.pacer.koreccai;

import okhttp3.HttpUrl;

/**
 * The Kore.ai clouds whose hosts Kore documents. Other environments (a private or regional cloud)
 * are reached with {@link KoreCcaiClient.Builder#baseUrl(String)}.
 */
public enum KoreCcaiRegion {
  /** The US cloud, {@code https://platform.kore.ai/}. */
  US("https://platform.kore.ai/"),
  /** The EU (Germany) cloud, {@code https://de-platform.kore.ai/}. */
  EU("https://de-platform.kore.ai/");

  private final HttpUrl baseUrl;

  KoreCcaiRegion(String baseUrl) {
    this.baseUrl = HttpUrl.get(baseUrl);
  }

  /** The cloud's base URL, ending in {@code /}. */
  public HttpUrl baseUrl() {
    return baseUrl;
  }
}
