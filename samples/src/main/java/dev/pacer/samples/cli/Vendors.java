package dev.pacer.samples.cli;

import dev.pacer.contextio.ContextIoPolicy;
import dev.pacer.esputnik.EsputnikPolicy;
import dev.pacer.koreccai.KoreCcaiPolicy;
import dev.pacer.intercom.IntercomPolicy;
import dev.pacer.nylas.NylasPolicy;
import dev.pacer.testkit.VendorProfile;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine;

/** The vendors the tool knows, one entry each. */
final class Vendors {
  /** Every vendor, with its policy (for policy and load) and its demo burst. */
  static final List<Vendor> ALL = List.of(
      new Vendor("esputnik", "eSputnik", VendorProfile::esputnik, EsputnikPolicy.POLICY, Demos.ESPUTNIK),
      new Vendor("intercom", "Intercom", VendorProfile::intercom, IntercomPolicy.standard(), Demos.INTERCOM),
      new Vendor("nylas", "Nylas", VendorProfile::nylas, NylasPolicy.POLICY, Demos.NYLAS),
      new Vendor("kore-ccai", "Kore.ai Contact Center AI", VendorProfile::koreCcai, KoreCcaiPolicy.POLICY, Demos.KORE),
      new Vendor("context-io", "Context.IO", VendorProfile::contextIo, ContextIoPolicy.POLICY, Demos.CONTEXT_IO));

  private Vendors() {}

  /** The names, for help and errors. */
  static List<String> names() {
    List<String> names = new ArrayList<>();
    for (Vendor v : ALL) names.add(v.name());
    return names;
  }

  /** The vendor called {@code name} (case-insensitive). */
  static Vendor named(String name) {
    String wanted = name.trim().toLowerCase(Locale.ROOT);
    for (Vendor v : ALL) {
      if (v.name().equals(wanted)) return v;
    }
    throw new CommandLine.TypeConversionException(
        "unknown vendor '" + name + "'; expected one of " + String.join(", ", names()));
  }

  /** Converts a command-line word to a {@link Vendor}. */
  static final class Converter implements CommandLine.ITypeConverter<Vendor> {
    @Override
    public Vendor convert(String value) {
      return named(value);
    }
  }

  /** The vendor names, for help text and shell completion. */
  static final class Names implements Iterable<String> {
    @Override
    public Iterator<String> iterator() {
      return names().iterator();
    }
  }
}
