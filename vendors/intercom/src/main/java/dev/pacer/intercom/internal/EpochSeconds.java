package dev.pacer.intercom.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
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
   *
   * <p>Hostile input costs little: a value written with more than {@value #MAX_TEXT_LENGTH}
   * characters, or whose decimal exponent puts it more than {@value #MAX_SCALE} places from the
   * decimal point either way ({@code 1e-100000000}), fails with a {@link
   * com.fasterxml.jackson.databind.JsonMappingException} before any {@link BigDecimal}
   * arithmetic, which would otherwise take minutes and hundreds of megabytes for such values.
   */
  public static final class Deserializer extends StdDeserializer<Instant> {
    private static final long serialVersionUID = 1L;
    /** The longest text read as Unix seconds; real ones need about 30. */
    static final int MAX_TEXT_LENGTH = 64;
    /** The furthest the decimal point may sit from the digits, either way. */
    static final int MAX_SCALE = 30;
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
        checkLength(p, p.getTextLength());
        if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() != JsonParser.NumberType.BIG_INTEGER) {
          return fromSeconds(p.getLongValue(), ctxt);
        }
        return fromDecimal(p, checkScale(p, new BigDecimal(p.getText())), ctxt);
      }
      if (t == JsonToken.VALUE_STRING) {
        checkLength(p, p.getTextLength());
        String s = p.getText().trim();
        if (s.isEmpty()) return null;
        BigDecimal d;
        try {
          d = new BigDecimal(s);
        } catch (NumberFormatException e) {
          return (Instant) ctxt.handleWeirdStringValue(Instant.class, s, "not Unix seconds");
        }
        return fromDecimal(p, checkScale(p, d), ctxt);
      }
      return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
    }

    private static void checkLength(JsonParser p, int length) throws IOException {
      if (length > MAX_TEXT_LENGTH) {
        throw InvalidFormatException.from(p, "Unix seconds written with " + length + " characters (at most "
            + MAX_TEXT_LENGTH + " are read)", abbreviated(p), Instant.class);
      }
    }

    private static BigDecimal checkScale(JsonParser p, BigDecimal d) throws IOException {
      // scale() is a field read: no arithmetic yet.
      if (d.scale() > MAX_SCALE || d.scale() < -MAX_SCALE) {
        throw InvalidFormatException.from(p, "Unix seconds with an exponent beyond 1e+/-" + MAX_SCALE
            + " (scale " + d.scale() + ")", abbreviated(p), Instant.class);
      }
      return d;
    }

    private static String abbreviated(JsonParser p) throws IOException {
      String text = p.getText();
      return text.length() <= 20 ? text : text.substring(0, 20) + "... (" + text.length() + " characters)";
    }

    private static Instant fromSeconds(long seconds, DeserializationContext ctxt) throws IOException {
      try {
        return Instant.ofEpochSecond(seconds);
      } catch (DateTimeException outOfRange) {
        return (Instant) ctxt.handleWeirdNumberValue(Instant.class, seconds, "out of range for Unix seconds");
      }
    }

    private static Instant fromDecimal(JsonParser p, BigDecimal d, DeserializationContext ctxt) throws IOException {
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
