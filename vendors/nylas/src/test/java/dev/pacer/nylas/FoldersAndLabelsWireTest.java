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
    List<Folder> page = nylas.exchange(folders.list(10, 20), "[" + FOLDER + "]", "GET", "/folders?limit=10&offset=20", null);
    assertEquals(List.of(new Folder("fold-9", null, "Receipts", "acc-1", "folder")), page);
    assertEquals(List.of(), nylas.exchange(folders.list(), "[]", "GET", "/folders", null));
  }

  @Test
  void aFolderIsCreatedReadRenamedAndDeleted() throws Exception {
    Folder created = nylas.exchange(folders.create(FolderInput.named("Receipts")), FOLDER,
        "POST", "/folders", "{\"display_name\": \"Receipts\"}");
    assertEquals("fold-9", created.id());
    assertEquals("Receipts", nylas.exchange(folders.get("fold-9"), FOLDER, "GET", "/folders/fold-9", null).displayName());
    nylas.exchange(folders.update("fold-9", new FolderInput("Sent items", "sent")), FOLDER,
        "PUT", "/folders/fold-9", "{\"display_name\": \"Sent items\", \"name\": \"sent\"}");
    assertNull(nylas.exchange(folders.delete("fold-9"), null, "DELETE", "/folders/fold-9", null));
  }

  @Test
  void labelsAreListedPageByPageAndParsed() throws Exception {
    List<Label> page = nylas.exchange(labels.list(5, 0), "[" + LABEL + "]", "GET", "/labels?limit=5&offset=0", null);
    assertEquals(List.of(new Label("lab-9", "important", "Important", "acc-1", "label")), page);
    assertEquals(List.of(), nylas.exchange(labels.list(), "[]", "GET", "/labels", null));
  }

  @Test
  void aLabelIsCreatedReadRenamedAndDeletedInTheBackground() throws Exception {
    Label created = nylas.exchange(labels.create(new LabelInput("Important")), LABEL,
        "POST", "/labels", "{\"display_name\": \"Important\"}");
    assertEquals("lab-9", created.id());
    assertEquals("important", nylas.exchange(labels.get("lab-9"), LABEL, "GET", "/labels/lab-9", null).name());
    nylas.exchange(labels.update("lab-9", new LabelInput("Very important")), LABEL,
        "PUT", "/labels/lab-9", "{\"display_name\": \"Very important\"}");
    String job = nylas.exchange(labels.delete("lab-9"), "{\"job_status_id\": \"job-4\"}", "DELETE", "/labels/lab-9", null)
        .jobStatusId();
    assertEquals("job-4", job);
  }

  @Test
  void aListedFoldersIdMovesAMessage() throws Exception {
    Folder receipts = nylas.exchange(folders.list(), "[" + FOLDER + "]", "GET", "/folders", null).get(0);
    nylas.exchange(nylas.account().messages().update("msg-1", MessageUpdate.builder().folderId(receipts.id()).build()),
        Fixtures.MESSAGE, "PUT", "/messages/msg-1", "{\"folder_id\": \"fold-9\"}");
  }

  @Test
  void anEmptyLabelNameIsRefusedBeforeSending() {
    assertEquals("displayName is empty",
        assertThrows(IllegalArgumentException.class, () -> new LabelInput("")).getMessage());
    assertThrows(NullPointerException.class, () -> new LabelInput(null));
  }
}
