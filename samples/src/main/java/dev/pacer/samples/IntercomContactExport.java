package dev.pacer.samples;

import dev.pacer.intercom.IntercomClient;
import dev.pacer.intercom.IntercomRegion;
import dev.pacer.intercom.model.Contact;
import dev.pacer.testkit.VendorProfile;
import java.io.BufferedWriter;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;

/**
 * An Intercom contact export with cursor pagination: {@link IntercomClient#allContacts(int)}
 * fetches page after page with Intercom's {@code starting_after} cursor as the loop reaches it,
 * and every page request keeps to the app's one bucket (1,000 per minute, spread over
 * 10-second windows, corrected by the {@code X-RateLimit-*} headers of each answer).
 *
 * <p>Writes {@code id,email,name} lines to the CSV file named by the first argument (default: a
 * new temporary file) and prints what it did. Runs offline against an Intercom sandbox started
 * here (5 contacts, read 2 per page). With {@code INTERCOM_ACCESS_TOKEN} set, it exports the
 * workspace's contacts from {@code https://api.intercom.io/}, 150 per page (read-only).
 */
public final class IntercomContactExport {
  /** What the sample saw: contacts written, page requests sent, and the file. */
  record Outcome(int contacts, int pageRequests, long server429s, Path file) {}

  /** Runs the sample; the first argument, if any, is the CSV file to write. */
  public static void main(String[] args) throws Exception {
    Path file = args.length > 0 ? Path.of(args[0]) : Files.createTempFile("intercom-contacts-", ".csv");
    run(System.getenv(), System.out, file);
  }

  static Outcome run(Map<String, String> env, PrintStream out, Path file) throws Exception {
    AtomicInteger pageRequests = new AtomicInteger();
    OkHttpClient counting = new OkHttpClient.Builder()
        .addInterceptor(chain -> {
          pageRequests.incrementAndGet();
          return chain.proceed(chain.request());
        })
        .build();
    try (Target target = Target.of(env, "INTERCOM_ACCESS_TOKEN", VendorProfile.intercom(), IntercomRegion.US.baseUrl());
        IntercomClient intercom = IntercomClient.builder()
            .accessToken(target.credential())
            .baseUrl(target.baseUrl())
            .okHttpClient(counting)
            .build();
        BufferedWriter csv = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      int perPage = target.offline() ? 2 : 150;
      int contacts = 0;
      csv.write("id,email,name\n");
      for (Contact contact : intercom.allContacts(perPage)) {
        csv.write(csvField(contact.id()) + "," + csvField(contact.email()) + "," + csvField(contact.name()) + "\n");
        contacts++;
      }
      out.printf("Exported %d contacts from %s to %s,%n", contacts, target.describe(), file);
      out.printf("reading %d per page with the starting_after cursor: %d page requests.%n", perPage, pageRequests.get());
      out.println(target.describe429s());
      return new Outcome(contacts, pageRequests.get(), target.server429s(), file);
    } finally {
      counting.dispatcher().executorService().shutdown();
      counting.connectionPool().evictAll();
    }
  }

  /** A CSV field: quoted when it holds a comma, quote or line break; empty for null. */
  private static String csvField(String value) {
    if (value == null) return "";
    if (value.matches("[^,\"\r\n]*")) return value;
    return '"' + value.replace("\"", "\"\"") + '"';
  }

  private IntercomContactExport() {}
}
