package dev.pacer.contextio;

import dev.pacer.contextio.internal.Form;
import java.util.Map;

/**
 * A webhook to create with {@link WebhooksApi#create} (one user's mailboxes) or {@link
 * WebhooksApi#createForApplication} (every user's). Filters narrow which messages notify. Immutable.
 *
 * <pre>{@code
 * NewWebhook invoices = NewWebhook.builder("https://app.example.com/hooks/cio")
 *     .filterSubject("/invoice/i").includeBody(true).build();
 * }</pre>
 */
public final class NewWebhook {
  private final Map<String, String> fields;

  private NewWebhook(Builder b) {
    this.fields = b.form.toMap();
  }

  /** A builder for a webhook posting to {@code callbackUrl}. */
  public static Builder builder(String callbackUrl) {
    return new Builder(callbackUrl);
  }

  /** The form fields sent, by Context.IO's names. */
  public Map<String, String> fields() {
    return fields;
  }

  @Override
  public String toString() {
    return "NewWebhook" + fields;
  }

  /** Builds a {@link NewWebhook}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder {
    private final Form form = new Form();

    private Builder(String callbackUrl) {
      form.require("callback_url", callbackUrl);
    }

    /** Where failures are posted. */
    public Builder failureNotifUrl(String url) {
      form.put("failure_notif_url", url);
      return this;
    }

    /** Only messages to this address. */
    public Builder filterTo(String value) {
      form.put("filter_to", value);
      return this;
    }

    /** Only messages from this address. */
    public Builder filterFrom(String value) {
      form.put("filter_from", value);
      return this;
    }

    /** Only messages copying this address. */
    public Builder filterCc(String value) {
      form.put("filter_cc", value);
      return this;
    }

    /** Only messages whose subject matches (a regular expression when enclosed in slashes). */
    public Builder filterSubject(String value) {
      form.put("filter_subject", value);
      return this;
    }

    /** Only messages in this thread. */
    public Builder filterThread(String value) {
      form.put("filter_thread", value);
      return this;
    }

    /** Only messages with an attachment of this name. */
    public Builder filterFileName(String value) {
      form.put("filter_file_name", value);
      return this;
    }

    /** Only messages added to this folder. */
    public Builder filterFolderAdded(String value) {
      form.put("filter_folder_added", value);
      return this;
    }

    /** Only messages removed from this folder. */
    public Builder filterFolderRemoved(String value) {
      form.put("filter_folder_removed", value);
      return this;
    }

    /** Only messages to this domain. */
    public Builder filterToDomain(String value) {
      form.put("filter_to_domain", value);
      return this;
    }

    /** Only messages from this domain. */
    public Builder filterFromDomain(String value) {
      form.put("filter_from_domain", value);
      return this;
    }

    /** Include the body in notifications (saves an IMAP call per message). */
    public Builder includeBody(boolean value) {
      form.put("include_body", value);
      return this;
    }

    /** The body MIME type notifications carry, e.g. {@code text/plain}. */
    public Builder bodyType(String value) {
      form.put("body_type", value);
      return this;
    }

    /** Include the headers in notifications (saves an IMAP call per message). */
    public Builder includeHeader(boolean value) {
      form.put("include_header", value);
      return this;
    }

    /** Notify for drafts too. */
    public Builder receiveDrafts(boolean value) {
      form.put("receive_drafts", value);
      return this;
    }

    /** Notify for every change, not only new messages. */
    public Builder receiveAllChanges(boolean value) {
      form.put("receive_all_changes", value);
      return this;
    }

    /** Application webhooks only: also notify for messages older than the webhook. */
    public Builder receiveHistorical(boolean value) {
      form.put("receive_historical", value);
      return this;
    }

    /** The webhook. */
    public NewWebhook build() {
      return new NewWebhook(this);
    }
  }
}
