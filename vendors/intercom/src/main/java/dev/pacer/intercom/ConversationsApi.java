package dev.pacer.intercom;

import dev.pacer.intercom.model.AdminTagRequest;
import dev.pacer.intercom.model.Conversation;
import dev.pacer.intercom.model.ConversationAction;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.ConversationUpdate;
import dev.pacer.intercom.model.ConvertToTicketRequest;
import dev.pacer.intercom.model.CreateConversationRequest;
import dev.pacer.intercom.model.CustomerRequest;
import dev.pacer.intercom.model.Message;
import dev.pacer.intercom.model.RedactRequest;
import dev.pacer.intercom.model.ReplyRequest;
import dev.pacer.intercom.model.SearchRequest;
import dev.pacer.intercom.model.Tag;
import dev.pacer.intercom.model.Ticket;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Intercom's conversations, typed after API version 2.16. Get one from {@link
 * IntercomClient#conversations()}; every call is paced by the client's policy.
 */
public interface ConversationsApi {

  /**
   * One page of conversations. {@code perPage} (default 20, at most 150) and {@code
   * startingAfter} (the previous page's {@link IntercomList#nextStartingAfter()}) may be
   * null. To walk every page, use {@link IntercomClient#allConversations(int)}.
   */
  @GET("conversations")
  Call<IntercomList<Conversation>> list(@Query("per_page") Integer perPage, @Query("starting_after") String startingAfter);

  /** Starts a conversation with an in-app message from a contact; the answer names the new conversation. */
  @POST("conversations")
  Call<Message> create(@Body CreateConversationRequest request);

  /** The conversation {@code conversationId} with its parts (the 500 most recent). */
  @GET("conversations/{conversation_id}")
  Call<Conversation> get(@Path("conversation_id") String conversationId);

  /**
   * The conversation {@code conversationId}; {@code displayAs} {@code "plaintext"} returns
   * bodies as plain text, null as HTML.
   */
  @GET("conversations/{conversation_id}")
  Call<Conversation> get(@Path("conversation_id") String conversationId, @Query("display_as") String displayAs);

  /** Searches conversations; page with {@link SearchRequest#withPage(int, String)}. */
  @POST("conversations/search")
  Call<IntercomList<Conversation>> search(@Body SearchRequest request);

  /** Replies to the conversation {@code conversationId} as an admin or a contact. */
  @POST("conversations/{conversation_id}/reply")
  Call<Conversation> reply(@Path("conversation_id") String conversationId, @Body ReplyRequest request);

  /** Closes, snoozes, opens or assigns the conversation {@code conversationId}. */
  @POST("conversations/{conversation_id}/parts")
  Call<Conversation> manage(@Path("conversation_id") String conversationId, @Body ConversationAction action);

  /** Tags the conversation {@code conversationId} on behalf of an admin. */
  @POST("conversations/{conversation_id}/tags")
  Call<Tag> attachTag(@Path("conversation_id") String conversationId, @Body AdminTagRequest request);

  /** Removes the tag {@code tagId} from the conversation {@code conversationId} on behalf of an admin. */
  @HTTP(method = "DELETE", path = "conversations/{conversation_id}/tags/{tag_id}", hasBody = true)
  Call<Tag> detachTag(
      @Path("conversation_id") String conversationId, @Path("tag_id") String tagId, @Body AdminTagRequest request);

  /**
   * Changes the fields set in {@code update} of the conversation {@code conversationId}; {@code
   * displayAs} {@code "plaintext"} returns bodies as plain text, null as HTML.
   */
  @PUT("conversations/{conversation_id}")
  Call<Conversation> update(
      @Path("conversation_id") String conversationId, @Query("display_as") String displayAs, @Body ConversationUpdate update);

  /**
   * Adds a contact to the conversation {@code conversationId}, making it a group conversation;
   * {@code request} names the acting admin and the contact ({@link CustomerRequest#attach}).
   */
  @POST("conversations/{conversation_id}/customers")
  Call<Conversation> attachContact(@Path("conversation_id") String conversationId, @Body CustomerRequest request);

  /** Redacts a part or the source message of a conversation; answers the conversation. */
  @POST("conversations/redact")
  Call<Conversation> redact(@Body RedactRequest request);

  /**
   * Removes the contact {@code contactId} from the group conversation {@code conversationId};
   * {@code request} names the acting admin ({@link CustomerRequest#detach(String)}).
   */
  @HTTP(method = "DELETE", path = "conversations/{conversation_id}/customers/{contact_id}", hasBody = true)
  Call<Conversation> detachContact(
      @Path("conversation_id") String conversationId, @Path("contact_id") String contactId, @Body CustomerRequest request);

  /** Converts the conversation {@code conversationId} into a ticket. */
  @POST("conversations/{conversation_id}/convert")
  Call<Ticket> convertToTicket(@Path("conversation_id") String conversationId, @Body ConvertToTicketRequest request);
}
