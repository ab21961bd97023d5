package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.pacer.nylas.model.Folder;
import dev.pacer.nylas.model.FolderInput;
import dev.pacer.nylas.model.Label;
import dev.pacer.nylas.model.LabelInput;
import dev.pacer.nylas.model.MessageUpdate;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class FoldersAndLabelsWireTest {
  private static final String FOLDER = """
      {"id": "fold-9", "object": "folder", "account_id": "acc-1", "name": null, "display_name": "Receipts"}""";
  private static final String LABEL = """
      {"id": "lab-9", "object": "label", "account_id": "acc-1", "name": "important", "display_name": "Important"}""";

  @AutoClose private final MockNylas nylas = MockNylas.start();
  private final FoldersApi folders = nylas.account().folders();
  private final LabelsApi labels = nylas.account().labels();

  @Test
  void foldersAreListedPageByPageAndParsed() throws Exception {
    nylas.enqueueJson("[" + FOLDER + "]");
    nylas.enqueueJson("[]");
    Folder f = nylas.client.execute(folders.list(10, 20)).get(0);
    nylas.takeAccountRequest("GET", "/folders?limit=10&offset=20");
    assertEquals(new Folder("fold-9", null, "Receipts", "acc-1", "folder"), f);
    assertEquals(List.of(), nylas.client.execute(folders.list()));
    nylas.takeAccountRequest("GET", "/folders");
  }

  @Test
  void aFolderIsCreatedReadRenamedAndDeleted() throws Exception {
    nylas.enqueueJson(FOLDER);
    nylas.enqueueJson(FOLDER);
    nylas.enqueueJson(FOLDER);
    nylas.enqueue(new MockResponse.Builder().code(200).build());

    assertEquals("fold-9", nylas.client.execute(folders.create(FolderInput.named("Receipts"))).id());
    RecordedRequest post = nylas.takeAccountRequest("POST", "/folders");
    assertEquals(MockNylas.json("{\"display_name\": \"Receipts\"}"), MockNylas.bodyJson(post));

    assertEquals("Receipts", nylas.client.execute(folders.get("fold-9")).displayName());
    nylas.takeAccountRequest("GET", "/folders/fold-9");

    nylas.client.execute(folders.update("fold-9", new FolderInput("Sent items", "sent")));
    RecordedRequest put = nylas.takeAccountRequest("PUT", "/folders/fold-9");
    assertEquals(MockNylas.json("{\"display_name\": \"Sent items\", \"name\": \"sent\"}"), MockNylas.bodyJson(put));

    assertNull(nylas.client.execute(folders.delete("fold-9")));
    nylas.takeAccountRequest("DELETE", "/folders/fold-9");
  }

  @Test
  void labelsAreListedPageByPageAndParsed() throws Exception {
    nylas.enqueueJson("[" + LABEL + "]");
    nylas.enqueueJson("[]");
    Label l = nylas.client.execute(labels.list(5, 0)).get(0);
    nylas.takeAccountRequest("GET", "/labels?limit=5&offset=0");
    assertEquals(new Label("lab-9", "important", "Important", "acc-1", "label"), l);
    assertEquals(List.of(), nylas.client.execute(labels.list()));
    nylas.takeAccountRequest("GET", "/labels");
  }

  @Test
  void aLabelIsCreatedReadRenamedAndDeletedInTheBackground() throws Exception {
    nylas.enqueueJson(LABEL);
    nylas.enqueueJson(LABEL);
    nylas.enqueueJson(LABEL);
    nylas.enqueueJson("{\"job_status_id\": \"job-4\"}");

    assertEquals("lab-9", nylas.client.execute(labels.create(new LabelInput("Important"))).id());
    RecordedRequest post = nylas.takeAccountRequest("POST", "/labels");
    assertEquals(MockNylas.json("{\"display_name\": \"Important\"}"), MockNylas.bodyJson(post));

    assertEquals("important", nylas.client.execute(labels.get("lab-9")).name());
    nylas.takeAccountRequest("GET", "/labels/lab-9");

    nylas.client.execute(labels.update("lab-9", new LabelInput("Very important")));
    RecordedRequest put = nylas.takeAccountRequest("PUT", "/labels/lab-9");
    assertEquals(MockNylas.json("{\"display_name\": \"Very important\"}"), MockNylas.bodyJson(put));

    assertEquals("job-4", nylas.client.execute(labels.delete("lab-9")).jobStatusId());
    nylas.takeAccountRequest("DELETE", "/labels/lab-9");
  }

  @Test
  void aListedFoldersIdMovesAMessage() throws Exception {
    nylas.enqueueJson("[" + FOLDER + "]");
    nylas.enqueueJson(Fixtures.MESSAGE);
    Folder receipts = nylas.client.execute(folders.list()).get(0);
    nylas.take();
    nylas.client.execute(nylas.account().messages().update("msg-1", MessageUpdate.builder().folderId(receipts.id()).build()));
    RecordedRequest put = nylas.takeAccountRequest("PUT", "/messages/msg-1");
    assertEquals(MockNylas.json("{\"folder_id\": \"fold-9\"}"), MockNylas.bodyJson(put));
  }

  @Test
  void anEmptyLabelNameIsRefusedBeforeSending() {
    assertEquals("displayName is empty",
        assertThrows(IllegalArgumentException.class, () -> new LabelInput("")).getMessage());
    assertThrows(NullPointerException.class, () -> new LabelInput(null));
  }
}
