package dev.pacer.intercom.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;

/**
 * Jackson glue for Intercom's timestamps: Unix time in whole seconds, written and read as JSON
 * integers whatever the mapper's date settings. Internal; not part of the API.
 */
public final class EpochSeconds {
  private EpochSeconds() {}

  /** Writes an {@link Instant} as whole Unix seconds (sub-second parts are dropped). */
  public static final class Serializer extends StdSerializer<Instant> {
    private static final long serialVersionUID = 1L;

    /** Used by Jackson. */
    public Serializer() {
      super(Instant.class);
    }

    @Override
    public void serialize(Instant value, JsonGenerator gen, SerializerProvider provider) throws IOException {
      gen.writeNumber(value.getEpochSecond());
    }
  }

  /**
   * Reads Unix seconds: an integer, a decimal (fractions kept to the nanosecond) or a string
   * holding either. An empty string reads as null.
   */
  public static final class Deserializer extends StdDeserializer<Instant> {
    private static final long serialVersionUID = 1L;
    private static final BigDecimal MAX_SECONDS = BigDecimal.valueOf(Instant.MAX.getEpochSecond());
    private static final BigDecimal MIN_SECONDS = BigDecimal.valueOf(Instant.MIN.getEpochSecond());

    /** Used by Jackson. */
    public Deserializer() {
      super(Instant.class);
    }

    @Override
    public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
      JsonToken t = p.currentToken();
      if (t == JsonToken.VALUE_NUMBER_INT || t == JsonToken.VALUE_NUMBER_FLOAT) {
        return fromDecimal(p.getDecimalValue(), ctxt);
      }
      if (t == JsonToken.VALUE_STRING) {
        String s = p.getText().trim();
        if (s.isEmpty()) return null;
        try {
          return fromDecimal(new BigDecimal(s), ctxt);
        } catch (NumberFormatException e) {
          return (Instant) ctxt.handleWeirdStringValue(Instant.class, s, "not Unix seconds");
        }
      }
      return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }

    private static Instant fromDecimal(BigDecimal d, DeserializationContext ctxt) throws IOException {
      if (d.compareTo(MAX_SECONDS) > 0 || d.compareTo(MIN_SECONDS) < 0) {
        return (Instant) ctxt.handleWeirdNumberValue(Instant.class, d, "out of range for Unix seconds");
      }
      try {
        BigDecimal whole = d.setScale(0, RoundingMode.FLOOR);
        long nanos = d.subtract(whole).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
      } catch (ArithmeticException | DateTimeException outOfRange) {
        return (Instant) ctxt.handleWeirdNumberValue(Instant.class, d, "out of range for Unix seconds");
      }
    }
  }
}
