package dev.pacer.intercom;

import dev.pacer.intercom.model.AdminTagRequest;
import dev.pacer.intercom.model.DeletedObject;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.ReplyRequest;
import dev.pacer.intercom.model.SearchRequest;
import dev.pacer.intercom.model.Tag;
import dev.pacer.intercom.model.Ticket;
import dev.pacer.intercom.model.TicketPart;
import dev.pacer.intercom.model.TicketRequest;
import dev.pacer.intercom.model.TicketState;
import dev.pacer.intercom.model.TicketType;
import dev.pacer.intercom.model.TicketUpdate;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.HTTP;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * Intercom's tickets, typed after API version 2.16. Every {@code ticketId} here is the ticket's
 * {@link Ticket#id()}, not the number shown in the Inbox. Get one from {@link
 * IntercomClient#tickets()}; every call is paced by the client's policy.
 */
public interface TicketsApi {

  /**
   * The ticket {@code ticketId} with its state, type, contacts and parts (at most 500). {@code
   * ticketId} is {@link Ticket#id()}.
   */
  @GET("tickets/{ticket_id}")
  Call<Ticket> get(@Path("ticket_id") String ticketId);

  /**
   * Changes the fields set in {@code update} of the ticket {@code ticketId}: attributes, state,
   * assignee, open or closed, snoozing, sharing.
   */
  @PUT("tickets/{ticket_id}")
  Call<Ticket> update(
      @Path("ticket_id") String ticketId, @Body TicketUpdate update);

  /** Replies to the ticket {@code ticketId} as an admin (comment or note) or a contact; answers the new part. */
  @POST("tickets/{ticket_id}/reply")
  Call<TicketPart> reply(
      @Path("ticket_id") String ticketId, @Body ReplyRequest request);

  /**
   * Searches tickets; page with {@link SearchRequest#withPage(int, String)} and {@link
   * IntercomList#nextStartingAfter()}, or walk every page with {@link
   * IntercomClient#searchTickets(dev.pacer.intercom.model.SearchQuery, int)}.
   */
  @POST("tickets/search")
  Call<IntercomList<Ticket>> search(@Body SearchRequest request);

  /** Deletes the ticket {@code ticketId}; the answer's {@code object} is {@code ticket}. */
  @DELETE("tickets/{ticket_id}")
  Call<DeletedObject> delete(@Path("ticket_id") String ticketId);

  /** Creates a ticket. */
  @POST("tickets")
  Call<Ticket> create(@Body TicketRequest request);

  /** Tags the ticket {@code ticketId} on behalf of an admin: {@code new AdminTagRequest(tagId, adminId)}. */
  @POST("tickets/{ticket_id}/tags")
  Call<Tag> attachTag(
      @Path("ticket_id") String ticketId, @Body AdminTagRequest request);

  /**
   * Removes the tag {@code tagId} from the ticket {@code ticketId} on behalf of the admin named in
   * {@code request} ({@code new AdminTagRequest(null, adminId)}).
   */
  @HTTP(method = "DELETE", path = "tickets/{ticket_id}/tags/{tag_id}", hasBody = true)
  Call<Tag> detachTag(
      @Path("ticket_id") String ticketId,
      @Path("tag_id") String tagId,
      @Body AdminTagRequest request);

  /**
   * Every ticket state of the workspace, across ticket types (each state's own list of the types
   * that use it is not read).
   */
  @GET("ticket_states")
  Call<IntercomList<TicketState>> states();

  /** Every ticket type of the workspace. */
  @GET("ticket_types")
  Call<IntercomList<TicketType>> types();

  /** The ticket type {@code ticketTypeId}. */
  @GET("ticket_types/{ticket_type_id}")
  Call<TicketType> type(@Path("ticket_type_id") String ticketTypeId);
}
