package dev.pacer.vendor.support.internal;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import okhttp3.MediaType;
import okhttp3.ResponseBody;
import okio.Buffer;
import okio.BufferedSource;

/** Reads error bodies up to a cap. Internal: no compatibility promise. */
public final class ErrorBodies {
  private ErrorBodies() {}

  /**
   * Up to {@code maxBytes} of {@code body} decoded as text (its charset, else UTF-8), or an empty
   * string for a null, empty or unreadable body. Closes the body.
   */
  public static String read(ResponseBody body, int maxBytes) {
    if (body == null) return "";
    try (ResponseBody b = body) {
      BufferedSource source = b.source();
      source.request(maxBytes);
      Buffer buffer = source.getBuffer();
      long n = Math.min(buffer.size(), maxBytes);
      MediaType type = b.contentType();
      Charset charset = type == null ? StandardCharsets.UTF_8 : type.charset(StandardCharsets.UTF_8);
      return buffer.clone().readString(n, charset);
    } catch (IOException | RuntimeException e) {
      return "";
    }
  }
}
