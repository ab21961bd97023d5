package dev.pacer.intercom.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.pacer.vendor.support.VendorJson;
import java.time.Instant;
import org.junit.jupiter.api.Test;

final class EpochSecondsTest {
  record Holder(@JsonProperty("at") @UnixSeconds Instant at) {}

  private final ObjectMapper mapper = VendorJson.newMapper();

  private Instant read(String json) throws Exception {
    return mapper.readValue("{\"at\":" + json + "}", Holder.class).at();
  }

  @Test
  void readsIntegersDecimalsAndNumericStringsAsUnixSeconds() throws Exception {
    assertEquals(Instant.ofEpochSecond(1717171717), read("1717171717"));
    assertEquals(Instant.ofEpochSecond(1717171717, 250_000_000), read("1717171717.25"));
    assertEquals(Instant.ofEpochSecond(1717171717), read("\"1717171717\""));
    assertEquals(Instant.ofEpochSecond(-1), read("-1"));
    assertEquals(Instant.EPOCH, read("0"));
  }

  @Test
  void nullAndEmptyReadAsNull() throws Exception {
    assertNull(read("null"));
    assertNull(read("\"\""));
    assertNull(mapper.readValue("{}", Holder.class).at());
  }

  @Test
  void nonsenseAndOutOfRangeValuesFailAsJacksonErrors() {
    assertThrows(InvalidFormatException.class, () -> read("\"yesterday\""));
    assertThrows(InvalidFormatException.class, () -> read("1e300"));
    assertThrows(InvalidFormatException.class, () -> read("\"9e999999999\""));
    assertThrows(MismatchedInputException.class, () -> read("true"));
    assertThrows(MismatchedInputException.class, () -> read("{\"s\":1}"));
  }

  @Test
  void hugeExponentsAndLongDigitStringsFailBeforeAnyArithmetic() {
    InvalidFormatException tiny = assertThrows(InvalidFormatException.class, () -> read("\"1e-100000000\""));
    assertTrue(tiny.getMessage().contains("exponent"), tiny.getMessage());
    assertThrows(InvalidFormatException.class, () -> read("1e-100000000"));
    assertThrows(InvalidFormatException.class, () -> read("\"1E+2147483647\""));
    assertThrows(InvalidFormatException.class, () -> read("1.5e31"));
    InvalidFormatException longDigits = assertThrows(InvalidFormatException.class, () -> read("\"" + "7".repeat(65) + "\""));
    assertTrue(longDigits.getMessage().contains("65 characters"), longDigits.getMessage());
    assertThrows(InvalidFormatException.class, () -> read("7".repeat(65)));
  }

  @Test
  void exponentsWithinTheBoundsStillRead() throws Exception {
    assertEquals(Instant.ofEpochSecond(1_700_000_000), read("1.7e9"));
    assertEquals(Instant.ofEpochSecond(1_700_000_000), read("\"1.7E+9\""));
    assertEquals(Instant.ofEpochSecond(1_700_000_000, 500_000_000), read("\"1700000000.5000000000000000000000000000\""));
    assertEquals(Instant.EPOCH, read("\"1e-30\""));
  }

  @Test
  void writesWholeSecondsEvenWhenTheMapperWritesDatesAsText() throws Exception {
    assertEquals("{\"at\":1717171717}", mapper.writeValueAsString(new Holder(Instant.ofEpochSecond(1717171717, 999_999_999))));
  }
}
