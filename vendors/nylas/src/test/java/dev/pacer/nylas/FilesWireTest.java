package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.pacer.nylas.model.FileFilter;
import dev.pacer.nylas.model.FileMetadata;
import dev.pacer.vendor.support.ApiException;
import java.io.ByteArrayOutputStream;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class FilesWireTest {
  private static final String FILE = """
      {"id": "file-7", "object": "file", "account_id": "acc-1", "content_type": "application/pdf",
       "filename": "plan.pdf", "size": 72379}""";
  private static final byte[] PDF = {'%', 'P', 'D', 'F', '-', '1', '.', '7', 0, (byte) 0xff, 10};

  @AutoClose private final MockNylas nylas = MockNylas.start();
  private final FilesApi files = nylas.account().files();

  @Test
  void listSendsEveryFilterAndParsesFiles() throws Exception {
    FileFilter filter = FileFilter.builder().filename("plan.pdf").messageId("msg-1").contentType("application/pdf")
        .limit(10).offset(30).build();
    List<FileMetadata> page = nylas.exchange(files.list(filter), "[" + FILE + "]",
        "GET", "/files?filename=plan.pdf&message_id=msg-1&content_type=application/pdf&limit=10&offset=30", null);
    assertEquals(List.of(new FileMetadata("file-7", "file", "acc-1", "application/pdf", "plan.pdf", 72379L)), page);
  }

  @Test
  void idsAndCountViews() throws Exception {
    assertEquals(List.of("file-7"), nylas.exchange(files.listIds(FileFilter.builder().messageId("msg-1").build()),
        "[\"file-7\"]", "GET", "/files?view=ids&message_id=msg-1", null));
    assertEquals(3L, nylas.exchange(files.count(FileFilter.none()), "{\"count\": 3}", "GET", "/files?view=count", null).count());
  }

  @Test
  void oneFileIsReadAndDeleted() throws Exception {
    assertEquals("plan.pdf", nylas.exchange(files.get("file-7"), FILE, "GET", "/files/file-7", null).filename());
    assertNull(nylas.exchange(files.delete("file-7"), null, "DELETE", "/files/file-7", null));
  }

  @Test
  void uploadSendsOneMultipartPartNamedFile() throws Exception {
    RequestBody content = RequestBody.create(PDF, MediaType.get("application/pdf"));
    nylas.enqueueJson("[" + FILE + "]");
    assertEquals("file-7", nylas.client.execute(files.upload("plan.pdf", content)).get(0).id());
    RecordedRequest r = nylas.takeAccountRequest("POST", "/files");
    String type = r.getHeaders().get("Content-Type");
    assertTrue(type.startsWith("multipart/form-data; boundary="), type);
    String boundary = type.substring(type.indexOf('=') + 1);
    Buffer expected = new Buffer()
        .writeUtf8("--" + boundary + "\r\n")
        .writeUtf8("Content-Disposition: form-data; name=\"file\"; filename=\"plan.pdf\"\r\n")
        .writeUtf8("Content-Type: application/pdf\r\n")
        .writeUtf8("\r\n")
        .write(PDF)
        .writeUtf8("\r\n--" + boundary + "--\r\n");
    assertEquals(expected.readByteString(), r.getBody());
  }

  @Test
  void aDownloadIsStreamedAndHoldsNoConcurrencySlotWhileOpen() throws Exception {
    nylas.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "application/pdf")
        .body(new Buffer().write(PDF)).build());
    nylas.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "image/png")
        .body(new Buffer().write(PDF)).build());
    try (ResponseBody download = nylas.client.execute(files.download("file-7"))) {
      nylas.takeAccountRequest("GET", "/files/file-7/download");
      assertEquals(0, nylas.client.pacer().diagnostics().permitsInFlight(), "a download is under no concurrency cap");
      // A contact's picture, under the query cap, holds its slot until closed: the contrast.
      try (ResponseBody picture = nylas.client.execute(nylas.account().contacts().picture("con-1"))) {
        assertEquals(1, nylas.client.pacer().diagnostics().permitsInFlight());
      }
      assertEquals(0, nylas.client.pacer().diagnostics().permitsInFlight());
      assertEquals("application/pdf", String.valueOf(download.contentType()));
      assertArrayEquals(PDF, download.bytes());
    }
  }

  @Test
  void downloadFileCopiesTheBytesAndClosesTheResponse() throws Exception {
    nylas.enqueue(new MockResponse.Builder().code(200).body(new Buffer().write(PDF)).build());
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertEquals(PDF.length, nylas.account().downloadFile("file-7", out));
    nylas.takeAccountRequest("GET", "/files/file-7/download");
    assertArrayEquals(PDF, out.toByteArray());
    // The connection went back to the pool: the next call reuses it.
    nylas.exchange(files.get("file-7"), FILE, "GET", "/files/file-7", null);
  }

  @Test
  void aRefusedDownloadIsATypedError() {
    nylas.enqueue(new MockResponse.Builder().code(404)
        .body("{\"message\": \"Couldn't find file\", \"type\": \"not_found_error\"}").build());
    ApiException e = assertThrows(ApiException.class,
        () -> nylas.account().downloadFile("nope", new ByteArrayOutputStream()));
    assertEquals(404, e.status());
    assertEquals("not_found_error", NylasError.from(e).type());
  }
}
