package dev.pacer.vendor.support;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

/**
 * The Jackson setup every vendor module starts from. Vendors add fields without notice, so
 * unknown properties are ignored and unknown enum constants read as the enum's
 * {@code @JsonEnumDefaultValue} (or fail if it has none). {@code java.time} types are supported
 * and written as ISO-8601 text, not timestamps; {@code null} properties are left out of request
 * bodies. Default typing is never enabled, so a response cannot choose which class gets
 * instantiated.
 *
 * <p>Parser limits guard against hostile or broken responses: nesting deeper than {@value
 * #MAX_NESTING_DEPTH} levels, a document longer than {@value #MAX_DOCUMENT_LENGTH} bytes or a
 * single string longer than {@value #MAX_STRING_LENGTH} characters fails to parse.
 */
public final class VendorJson {
  /** The deepest nesting of arrays and objects a parsed document may have. */
  public static final int MAX_NESTING_DEPTH = 200;
  /** The longest document the parser reads, in bytes (32 MiB). */
  public static final long MAX_DOCUMENT_LENGTH = 32L * 1024 * 1024;
  /** The longest single string value the parser reads, in characters (16 MiB). */
  public static final int MAX_STRING_LENGTH = 16 * 1024 * 1024;

  private VendorJson() {}

  /**
   * A new, independently configurable mapper with the settings described on this class. Each
   * call returns a fresh instance, so a vendor module may add its own features to it.
   */
  public static ObjectMapper newMapper() {
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder()
            .maxNestingDepth(MAX_NESTING_DEPTH)
            .maxDocumentLength(MAX_DOCUMENT_LENGTH)
            .maxStringLength(MAX_STRING_LENGTH)
            .build())
        .build();
    return JsonMapper.builder(factory)
        .addModule(new JavaTimeModule())
        .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .enable(DeserializationFeature.READ_UNKNOWN_ENUM_VALUES_USING_DEFAULT_VALUE)
        .disable(DeserializationFeature.ADJUST_DATES_TO_CONTEXT_TIME_ZONE)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
        .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
        .defaultPropertyInclusion(JsonInclude.Value.construct(JsonInclude.Include.NON_NULL, JsonInclude.Include.USE_DEFAULTS))
        .build();
  }

  /**
   * An error body as JSON, for an {@link ErrorBodyParser}: the parsed node when {@code text}
   * (already trimmed) starts like a JSON object or string and parses with {@code mapper}; null
   * otherwise (plain text, a broken document). Never throws.
   */
  public static JsonNode errorJson(ObjectMapper mapper, String text) {
    if (!text.startsWith("{") && !text.startsWith("\"")) return null;
    try {
      return mapper.readTree(text);
    } catch (java.io.IOException | RuntimeException e) {
      return null; // not JSON after all: the caller reads it as plain text
    }
  }
}
