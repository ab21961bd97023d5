package dev.pacer.intercom;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.vendor.support.ErrorBodyParser;
import dev.pacer.vendor.support.VendorJson;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads Intercom's {@code error.list} bodies into {@link IntercomError}. Anything else (an empty
 * body, an HTML page from a proxy, JSON of another shape) reads as null. Never throws.
 * Immutable and thread-safe; use {@link #INSTANCE}.
 */
public final class IntercomErrorParser implements ErrorBodyParser<IntercomError> {
  /** The shared instance. */
  public static final IntercomErrorParser INSTANCE = new IntercomErrorParser();

  private final ObjectMapper mapper = VendorJson.newMapper();

  private IntercomErrorParser() {}

  @Override
  public IntercomError parse(int status, String body) {
    if (body == null) return null;
    String text = body.trim();
    if (!text.startsWith("{")) return null;
    try {
      IntercomError error = mapper.readValue(text, IntercomError.class);
      if (error == null) return null;
      boolean listed = "error.list".equals(error.type());
      if (!listed && error.errors().isEmpty()) return null;
      return error;
    } catch (Exception e) {
      return null;
    }
  }

  /** {@code "code: message"} per error, joined by {@code "; "}, e.g. {@code not_found: User Not Found}. */
  @Override
  public String message(IntercomError error) {
    if (error == null) return null;
    List<String> parts = new ArrayList<>();
    for (IntercomError.Detail d : error.errors()) {
      if (d == null) continue;
      String m = d.code() == null ? d.message() : d.message() == null ? d.code() : d.code() + ": " + d.message();
      if (m != null) parts.add(m);
    }
    return parts.isEmpty() ? null : String.join("; ", parts);
  }

  @Override
  public String toString() {
    return "IntercomErrorParser";
  }
}
