package dev.pacer.nylas.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.pacer.vendor.support.VendorJson;
import java.io.IOException;
import java.io.InputStream;

/** The module's shared Jackson objects. Not part of the API. */
public final class NylasJson {
  /** The mapper used when no client-specific mapper is at hand (e.g. {@code Delta.attributesAs}). */
  public static final ObjectMapper MAPPER = VendorJson.newMapper();

  /**
   * Parsers for long-lived delta streams: the same nesting and string limits as {@link VendorJson},
   * but no limit on the total length, because a stream that stays open for hours is one "document"
   * to the parser and would otherwise fail after 32 MiB.
   */
  private static final JsonFactory STREAM_FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(200)
          .maxStringLength(16 * 1024 * 1024)
          .maxDocumentLength(0L)
          .build())
      .build();

  private NylasJson() {}

  /** A parser over an endless sequence of root-level JSON values. */
  public static JsonParser streamParser(InputStream in) throws IOException {
    return STREAM_FACTORY.createParser(in);
  }
}
