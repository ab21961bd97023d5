package dev.pacer.contextio;

import dev.pacer.contextio.model.Attachment;
import dev.pacer.contextio.model.Message;
import dev.pacer.contextio.model.MessageBodies;
import dev.pacer.contextio.model.MessageFlags;
import dev.pacer.contextio.model.MessageHeaders;
import dev.pacer.contextio.model.ReadState;
import dev.pacer.contextio.model.Success;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.http.DELETE;
import retrofit2.http.Field;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;
import retrofit2.http.QueryMap;
import retrofit2.http.Streaming;

/**
 * Context.IO Lite's message methods, read live from the user's IMAP server. Get one from {@link
 * ContextIoClient#messages()}.
 *
 * <p>Parameters: {@code id} is the user, {@code label} the email account ({@code "0"} for the
 * first), {@code folder} the full folder name with {@code /} between levels (sent as one
 * percent-encoded segment), and {@code messageId} the message's RFC 822 {@code Message-ID} with
 * its angle brackets, e.g. {@code <a1b2@mail.example.com>} ({@link Message#emailMessageId()}).
 *
 * <p><b>Limits.</b> Every method here except {@link #markUnread} is one of Context.IO's calls to
 * IMAP, and counts against both <b>240/min for user {@code id}</b> (rule {@value
 * ContextIoPolicy#IMAP_RULE}, shared by all these methods) and the developer key's <b>5,000/h</b>
 * (rule {@value ContextIoPolicy#DEVELOPER_RULE}). Ask for bodies, headers and flags with {@link
 * MessageOptions} to spend one IMAP call instead of several.
 */
public interface MessagesApi {
  /** The most messages one list page returns. */
  int MAX_LIMIT = 100;

  /**
   * Messages in {@code folder}, at most 100 a page, with what {@code options} asks to include.
   * Limits: <b>240/min for user {@code id}</b> (rule {@value ContextIoPolicy#IMAP_RULE}) and
   * <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}).
   *
   * @param options {@link MessageOptions#query()}
   * @param limit at most this many, up to 100; null for the server's default
   * @param offset skip this many (from 0); null for 0
   */
  @GET("users/{id}/email_accounts/{label}/folders/{folder}/messages")
  Call<List<Message>> list(@Path("id") String id, @Path("label") String label, @Path("folder") String folder,
      @QueryMap Map<String, String> options, @Query("limit") Integer limit, @Query("offset") Integer offset);

  /**
   * Messages {@code offset} to {@code offset + limit - 1} of {@code folder}. Limits: <b>240/min
   * for user {@code id}</b> (rule {@value ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per
   * developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). For every page, lazily, see
   * {@link ContextIoClient#allMessages}.
   */
  default Call<List<Message>> list(String id, String label, String folder, MessageOptions options, int offset,
      int limit) {
    ContextIoPaging.check(offset, limit, MAX_LIMIT);
    return list(id, label, folder, Objects.requireNonNull(options, "options == null").query(), limit, offset);
  }

  /**
   * One message. Limits: <b>240/min for user {@code id}</b> (rule {@value
   * ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   *
   * @param options {@link MessageOptions#query()}
   */
  @GET("users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}")
  Call<Message> get(@Path("id") String id, @Path("label") String label, @Path("folder") String folder,
      @Path("message_id") String messageId, @QueryMap Map<String, String> options);

  /**
   * One message, with what {@code options} asks to include. Limits: <b>240/min for user {@code
   * id}</b> (rule {@value ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per developer key (rule
   * {@value ContextIoPolicy#DEVELOPER_RULE}).
   */
  default Call<Message> get(String id, String label, String folder, String messageId, MessageOptions options) {
    return get(id, label, folder, messageId, Objects.requireNonNull(options, "options == null").query());
  }

  /**
   * Moves a message to {@code newFolder}. Limits: <b>240/min for user {@code id}</b> (rule {@value
   * ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   *
   * @param newFolder the full name of the destination folder
   * @param delimiter the separator used in the folder names, or null for {@code /}
   */
  @FormUrlEncoded
  @POST("users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}")
  Call<Success> move(@Path("id") String id, @Path("label") String label, @Path("folder") String folder,
      @Path("message_id") String messageId, @Field("new_folder_id") String newFolder,
      @Field("delimiter") String delimiter);

  /**
   * The attachments of a message (their metadata). Limits: <b>240/min for user {@code id}</b>
   * (rule {@value ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   *
   * @param delimiter the separator used in {@code folder}, or null for {@code /}
   */
  @GET("users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/attachments")
  Call<List<Attachment>> attachments(@Path("id") String id, @Path("label") String label,
      @Path("folder") String folder, @Path("message_id") String messageId, @Query("delimiter") String delimiter);

  /**
   * The content of attachment {@code attachmentId}, streamed: nothing is buffered, so read it
   * from {@link ResponseBody#byteStream()} and close it. Limits: <b>240/min for user {@code
   * id}</b> (rule {@value ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per developer key (rule
   * {@value ContextIoPolicy#DEVELOPER_RULE}).
   *
   * @param attachmentId {@link Attachment#attachmentId()}
   * @param delimiter the separator used in {@code folder}, or null for {@code /}
   */
  @Streaming
  @GET("users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/attachments/{attachment}")
  Call<ResponseBody> attachment(@Path("id") String id, @Path("label") String label, @Path("folder") String folder,
      @Path("message_id") String messageId, @Path("attachment") String attachmentId,
      @Query("delimiter") String delimiter);

  /**
   * The body parts of a message. Limits: <b>240/min for user {@code id}</b> (rule {@value
   * ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   *
   * @param type only parts of this MIME type (e.g. {@code text/plain}), or null for all
   * @param delimiter the separator used in {@code folder}, or null for {@code /}
   */
  @GET("users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/body")
  Call<MessageBodies> body(@Path("id") String id, @Path("label") String label, @Path("folder") String folder,
      @Path("message_id") String messageId, @Query("type") String type, @Query("delimiter") String delimiter);

  /**
   * The IMAP flags of a message. Limits: <b>240/min for user {@code id}</b> (rule {@value
   * ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   */
  @GET("users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/flags")
  Call<MessageFlags> flags(@Path("id") String id, @Path("label") String label, @Path("folder") String folder,
      @Path("message_id") String messageId);

  /**
   * The headers of a message. Limits: <b>240/min for user {@code id}</b> (rule {@value
   * ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   *
   * @param raw 1 for the unparsed header block ({@link MessageHeaders#raw()}), or null for parsed headers
   * @param delimiter the separator used in {@code folder}, or null for {@code /}
   */
  @GET("users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/headers")
  Call<MessageHeaders> headers(@Path("id") String id, @Path("label") String label, @Path("folder") String folder,
      @Path("message_id") String messageId, @Query("raw") Integer raw, @Query("delimiter") String delimiter);

  /**
   * The raw RFC 822 source of a message, streamed: nothing is buffered, so read it from {@link
   * ResponseBody#byteStream()} and close it. Limits: <b>240/min for user {@code id}</b> (rule
   * {@value ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   */
  @Streaming
  @GET("users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/raw")
  Call<ResponseBody> raw(@Path("id") String id, @Path("label") String label, @Path("folder") String folder,
      @Path("message_id") String messageId);

  /**
   * Whether a message has been read. Limits: <b>240/min for user {@code id}</b> (rule {@value
   * ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   */
  @GET("users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/read")
  Call<ReadState> readState(@Path("id") String id, @Path("label") String label, @Path("folder") String folder,
      @Path("message_id") String messageId);

  /**
   * Marks a message as read (sets {@code \Seen}). Limits: <b>240/min for user {@code id}</b> (rule
   * {@value ContextIoPolicy#IMAP_RULE}) and <b>5,000/h</b> per developer key (rule {@value
   * ContextIoPolicy#DEVELOPER_RULE}).
   */
  @POST("users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/read")
  Call<Success> markRead(@Path("id") String id, @Path("label") String label, @Path("folder") String folder,
      @Path("message_id") String messageId);

  /**
   * Marks a message as unread (clears {@code \Seen}). Context.IO's rate-limit page does not list
   * this call among the IMAP calls, so Pacer charges it to the developer key's <b>5,000/h</b> only
   * (rule {@value ContextIoPolicy#DEVELOPER_RULE}).
   */
  @DELETE("users/{id}/email_accounts/{label}/folders/{folder}/messages/{message_id}/read")
  Call<Success> markUnread(@Path("id") String id, @Path("label") String label, @Path("folder") String folder,
      @Path("message_id") String messageId);
}
