package dev.pacer.contextio;

/**
 * A webhook to create with {@link WebhooksApi#create} (one user's mailboxes) or {@link
 * WebhooksApi#createForApplication} (every user's). Filters narrow which messages notify. Immutable.
 *
 * <pre>{@code
 * NewWebhook invoices = NewWebhook.builder("https://app.example.com/hooks/cio")
 *     .filterSubject("/invoice/i").includeBody(true).build();
 * }</pre>
 */
public final class NewWebhook extends FormRequest {
  private NewWebhook(Builder b) {
    super(b);
  }

  /** A builder for a webhook posting to {@code callbackUrl}. */
  public static Builder builder(String callbackUrl) {
    return new Builder(callbackUrl);
  }

  /** Builds a {@link NewWebhook}. Not thread-safe; {@link #build()} copies. */
  public static final class Builder extends FormRequest.Builder<NewWebhook, Builder> {
    private Builder(String callbackUrl) {
      super(NewWebhook::new);
      require("callback_url", callbackUrl);
    }

    /** Where failures are posted. */
    public Builder failureNotifUrl(String url) {
      return put("failure_notif_url", url);
    }

    /** Only messages to this address. */
    public Builder filterTo(String value) {
      return put("filter_to", value);
    }

    /** Only messages from this address. */
    public Builder filterFrom(String value) {
      return put("filter_from", value);
    }

    /** Only messages copying this address. */
    public Builder filterCc(String value) {
      return put("filter_cc", value);
    }

    /** Only messages whose subject matches (a regular expression when enclosed in slashes). */
    public Builder filterSubject(String value) {
      return put("filter_subject", value);
    }

    /** Only messages in this thread. */
    public Builder filterThread(String value) {
      return put("filter_thread", value);
    }

    /** Only messages with an attachment of this name. */
    public Builder filterFileName(String value) {
      return put("filter_file_name", value);
    }

    /** Only messages added to this folder. */
    public Builder filterFolderAdded(String value) {
      return put("filter_folder_added", value);
    }

    /** Only messages removed from this folder. */
    public Builder filterFolderRemoved(String value) {
      return put("filter_folder_removed", value);
    }

    /** Only messages to this domain. */
    public Builder filterToDomain(String value) {
      return put("filter_to_domain", value);
    }

    /** Only messages from this domain. */
    public Builder filterFromDomain(String value) {
      return put("filter_from_domain", value);
    }

    /** Include the body in notifications (saves an IMAP call per message). */
    public Builder includeBody(boolean value) {
      return put("include_body", value);
    }

    /** The body MIME type notifications carry, e.g. {@code text/plain}. */
    public Builder bodyType(String value) {
      return put("body_type", value);
    }

    /** Include the headers in notifications (saves an IMAP call per message). */
    public Builder includeHeader(boolean value) {
      return put("include_header", value);
    }

    /** Notify for drafts too. */
    public Builder receiveDrafts(boolean value) {
      return put("receive_drafts", value);
    }

    /** Notify for every change, not only new messages. */
    public Builder receiveAllChanges(boolean value) {
      return put("receive_all_changes", value);
    }

    /** Application webhooks only: also notify for messages older than the webhook. */
    public Builder receiveHistorical(boolean value) {
      return put("receive_historical", value);
    }
  }
}
