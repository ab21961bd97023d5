package dev.pacer.nylas;

import dev.pacer.nylas.model.Contact;
import dev.pacer.nylas.model.ContactFilter;
import dev.pacer.nylas.model.DeltaOptions;
import dev.pacer.nylas.model.EmailThread;
import dev.pacer.nylas.model.Event;
import dev.pacer.nylas.model.EventFilter;
import dev.pacer.nylas.model.ListFilter;
import dev.pacer.nylas.model.Message;
import dev.pacer.nylas.model.MessageFilter;
import dev.pacer.nylas.model.ThreadFilter;
import dev.pacer.vendor.support.Paging;
import dev.pacer.vendor.support.VendorRuntime;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Retrofit;

/**
 * One connected account's mailbox endpoints, every call sent with the account's access token.
 * Get one from {@link NylasClient#account(String)}. Immutable and thread-safe.
 *
 * <pre>{@code
 * NylasAccount account = nylas.account(accessToken);
 * Account me = nylas.execute(account.account().get());
 * for (Message m : account.allMessages(MessageFilter.builder().in("inbox").build())) { ... }
 * }</pre>
 */
public final class NylasAccount {
  private static final int DEFAULT_PAGE_SIZE = 100;

  private final VendorRuntime runtime;
  private final AccountApi account;
  private final MessagesApi messages;
  private final ThreadsApi threads;
  private final ContactsApi contacts;
  private final DraftsApi drafts;
  private final DeltaApi deltas;
  private final FoldersApi folders;
  private final LabelsApi labels;
  private final FilesApi files;
  private final CalendarsApi calendars;
  private final EventsApi events;
  private final JobStatusesApi jobStatuses;
  private final OutboxApi outbox;
  private final OAuthApi oauth;

  NylasAccount(Retrofit retrofit, Retrofit basic, VendorRuntime runtime) {
    this.runtime = runtime;
    this.account = retrofit.create(AccountApi.class);
    this.messages = retrofit.create(MessagesApi.class);
    this.threads = retrofit.create(ThreadsApi.class);
    this.contacts = retrofit.create(ContactsApi.class);
    this.drafts = retrofit.create(DraftsApi.class);
    this.deltas = retrofit.create(DeltaApi.class);
    this.folders = retrofit.create(FoldersApi.class);
    this.labels = retrofit.create(LabelsApi.class);
    this.files = retrofit.create(FilesApi.class);
    this.calendars = retrofit.create(CalendarsApi.class);
    this.events = retrofit.create(EventsApi.class);
    this.jobStatuses = retrofit.create(JobStatusesApi.class);
    this.outbox = retrofit.create(OutboxApi.class);
    this.oauth = basic.create(OAuthApi.class);
  }

  /** {@code /account}. */
  public AccountApi account() {
    return account;
  }

  /** {@code /messages}. */
  public MessagesApi messages() {
    return messages;
  }

  /** {@code /threads}. */
  public ThreadsApi threads() {
    return threads;
  }

  /** {@code /contacts}. */
  public ContactsApi contacts() {
    return contacts;
  }

  /** {@code /drafts} and {@code /send}. */
  public DraftsApi drafts() {
    return drafts;
  }

  /** {@code /delta}: cursors, pages, long-poll and the raw stream. */
  public DeltaApi deltas() {
    return deltas;
  }

  /** {@code /folders} (folder-based accounts). */
  public FoldersApi folders() {
    return folders;
  }

  /** {@code /labels} (label-based accounts). */
  public LabelsApi labels() {
    return labels;
  }

  /** {@code /files}: attachments, uploads and downloads. */
  public FilesApi files() {
    return files;
  }

  /** {@code /calendars}, free/busy, availability and {@code /resources}. */
  public CalendarsApi calendars() {
    return calendars;
  }

  /** {@code /events} and {@code /send-rsvp}. */
  public EventsApi events() {
    return events;
  }

  /** {@code /job-statuses}: how background changes went. */
  public JobStatusesApi jobStatuses() {
    return jobStatuses;
  }

  /** {@code /outbox}: messages scheduled to be sent later. */
  public OutboxApi outbox() {
    return outbox;
  }

  /** {@code /oauth/revoke}, sent with the access token as the Basic user name. */
  public OAuthApi oauth() {
    return oauth;
  }

  /**
   * Downloads file {@code fileId} ({@code GET /files/{id}/download}) into {@code out}, a buffer
   * at a time, and closes the response; {@code out} stays open. Returns the number of bytes
   * copied.
   *
   * @throws dev.pacer.vendor.support.ApiException when Nylas refuses the download
   */
  public long downloadFile(String fileId, OutputStream out) throws IOException {
    Objects.requireNonNull(fileId, "fileId == null");
    Objects.requireNonNull(out, "out == null");
    try (ResponseBody body = runtime.execute(files.download(fileId)); InputStream in = body.byteStream()) {
      return in.transferTo(out);
    }
  }

  /**
   * Opens {@code GET /delta/streaming} from {@code cursor} and returns once the response headers
   * arrive; deltas are then read one by one as Nylas sends them. The stream holds one of the
   * account's ten streaming slots until it is closed.
   *
   * @throws dev.pacer.vendor.support.ApiException when Nylas refuses the stream
   */
  public DeltaStream streamDeltas(String cursor, DeltaOptions options) throws IOException {
    return DeltaStream.open(deltas.stream(cursor, options), runtime.mapper());
  }

  /** {@link #streamDeltas(String, DeltaOptions)} with no options. */
  public DeltaStream streamDeltas(String cursor) throws IOException {
    return streamDeltas(cursor, DeltaOptions.none());
  }

  /** {@link #streamDeltas(String, DeltaOptions)} without blocking a thread while waiting for a slot. */
  public CompletableFuture<DeltaStream> streamDeltasAsync(String cursor, DeltaOptions options) {
    return DeltaStream.openAsync(deltas.stream(cursor, options), runtime.mapper());
  }

  /**
   * Every message matching {@code filter}, fetched page by page (of the filter's limit, default
   * 100) as iteration reaches it, starting at the filter's offset. A failed page ends iteration
   * with an {@link java.io.UncheckedIOException}.
   */
  public Iterable<Message> allMessages(MessageFilter filter) {
    return all(filter, messages::list);
  }

  /** Every thread matching {@code filter}, fetched page by page; see {@link #allMessages(MessageFilter)}. */
  public Iterable<EmailThread> allThreads(ThreadFilter filter) {
    return all(filter, threads::list);
  }

  /** Every event matching {@code filter}, fetched page by page; see {@link #allMessages(MessageFilter)}. */
  public Iterable<Event> allEvents(EventFilter filter) {
    return all(filter, events::list);
  }

  /** Every contact matching {@code filter}, fetched page by page; see {@link #allMessages(MessageFilter)}. */
  public Iterable<Contact> allContacts(ContactFilter filter) {
    return all(filter, contacts::list);
  }

  private <F extends ListFilter<F>, T> Iterable<T> all(F filter, Function<F, Call<List<T>>> list) {
    Objects.requireNonNull(filter, "filter == null");
    int first = filter.offset() == null ? 0 : filter.offset();
    int pageSize = filter.limit() == null ? DEFAULT_PAGE_SIZE : filter.limit();
    return Paging.byOffset(first, pageSize, (offset, limit) -> list.apply(filter.withOffset(offset)), runtime.errors());
  }

  @Override
  public String toString() {
    return "NylasAccount{" + runtime.baseUrl() + ", accessToken=<redacted>}";
  }
}
