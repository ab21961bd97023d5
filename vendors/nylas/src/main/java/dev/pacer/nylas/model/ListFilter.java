package dev.pacer.nylas.model;

import dev.pacer.vendor.support.Params;
import java.time.Instant;
import java.util.Arrays;
import java.util.Map;
import java.util.function.Function;

/**
 * What {@link MessageFilter}, {@link ThreadFilter} and {@link ContactFilter} share: exact-match
 * filters sent as query parameters in a stable order (unset ones are not sent), and paging by
 * {@code limit} (Nylas' default 100) and {@code offset}; a page shorter than the limit is the
 * last. Immutable and thread-safe.
 *
 * @param <F> the filter type
 */
public abstract class ListFilter<F extends ListFilter<F>> {
  private final Params params;

  ListFilter(Builder<F, ?> builder) {
    this.params = builder.params.copy();
  }

  /** A builder holding this filter's settings. */
  public abstract Builder<F, ?> toBuilder();

  /** This filter with another offset: the way to ask for the next page. */
  public F withOffset(int offset) {
    return toBuilder().offset(offset).build();
  }

  /** The page size, or null for Nylas' default (100). */
  public Integer limit() {
    String v = params.get("limit");
    return v == null ? null : Integer.valueOf(v);
  }

  /** The offset of the first result, or null for 0. */
  public Integer offset() {
    String v = params.get("offset");
    return v == null ? null : Integer.valueOf(v);
  }

  /** The query parameters, in a stable order. */
  public Map<String, String> query() {
    return params.toMap();
  }

  @Override
  public String toString() {
    return getClass().getSimpleName() + query();
  }

  /**
   * Builds a filter. Not thread-safe; {@code build()} copies.
   *
   * @param <F> the filter type
   * @param <B> this builder's own type, returned by every setter
   */
  public abstract static class Builder<F extends ListFilter<F>, B extends Builder<F, B>> {
    final Params params;
    private final Function<B, F> make;

    /** A builder whose parameters come out in the order of {@code names}, then limit and offset. */
    Builder(Function<B, F> make, String... names) {
      String[] all = Arrays.copyOf(names, names.length + 2);
      all[names.length] = "limit";
      all[names.length + 1] = "offset";
      this.params = Params.ordered(all);
      this.make = make;
    }

    /** This builder holding {@code filter}'s settings. */
    final B from(ListFilter<F> filter) {
      filter.query().forEach(params::put);
      return self();
    }

    @SuppressWarnings("unchecked")
    final B self() {
      return (B) this;
    }

    final B set(String name, Object value) {
      params.put(name, value);
      return self();
    }

    final B setEpochSeconds(String name, Instant instant) {
      params.putEpochSeconds(name, instant);
      return self();
    }

    /** The page size; Nylas' default is 100. */
    public B limit(int limit) {
      if (limit < 1) throw new IllegalArgumentException("limit < 1: " + limit);
      return set("limit", limit);
    }

    /** The offset of the first result, 0-based. */
    public B offset(int offset) {
      if (offset < 0) throw new IllegalArgumentException("offset < 0: " + offset);
      return set("offset", offset);
    }

    /** Builds the filter. */
    public F build() {
      return make.apply(self());
    }
  }

  /**
   * The filters {@code GET /messages}, {@code GET /drafts} and {@code GET /threads} share; the
   * Javadoc says "messages", which for threads means "threads with a message".
   *
   * @param <F> the filter type
   * @param <B> this builder's own type
   */
  public abstract static class MailBuilder<F extends ListFilter<F>, B extends MailBuilder<F, B>> extends Builder<F, B> {
    static final String[] MAIL = {
        "subject", "any_email", "to", "from", "cc", "bcc", "in", "not_in", "unread", "starred", "filename"};

    MailBuilder(Function<B, F> make, String... more) {
      super(make, concat(MAIL, more));
    }

    private static String[] concat(String[] a, String[] b) {
      String[] all = Arrays.copyOf(a, a.length + b.length);
      System.arraycopy(b, 0, all, a.length, b.length);
      return all;
    }

    /** Messages with this subject. */
    public B subject(String subject) { return set("subject", subject); }

    /** Messages with this address in any of from, to, cc or bcc. */
    public B anyEmail(String anyEmail) { return set("any_email", anyEmail); }

    /** Messages sent to this address. */
    public B to(String to) { return set("to", to); }

    /** Messages sent from this address. */
    public B from(String from) { return set("from", from); }

    /** Messages carbon-copied to this address. */
    public B cc(String cc) { return set("cc", cc); }

    /** Messages blind-carbon-copied to this address. */
    public B bcc(String bcc) { return set("bcc", bcc); }

    /** Messages in this folder or label (its name, display name or ID). */
    public B in(String in) { return set("in", in); }

    /** Messages not in this folder or label (its name, display name or ID). */
    public B notIn(String notIn) { return set("not_in", notIn); }

    /** Unread (true) or read (false) messages. */
    public B unread(boolean unread) { return set("unread", unread); }

    /** Starred (true) or unstarred (false) messages. */
    public B starred(boolean starred) { return set("starred", starred); }

    /** Messages with an attachment of this file name. */
    public B filename(String filename) { return set("filename", filename); }
  }
}
