package dev.pacer.intercom;

import dev.pacer.intercom.model.DeletedObject;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.ReplyRequest;
import dev.pacer.intercom.model.SearchRequest;
import dev.pacer.intercom.model.Ticket;
import dev.pacer.intercom.model.TicketPart;
import dev.pacer.intercom.model.TicketRequest;
import dev.pacer.intercom.model.TicketUpdate;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
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

  /** Replies to the ticket {@code ticketId} as an admin (comment or note) or a contact; answers the new part. */
  @POST("tickets/{ticket_id}/reply")
  Call<TicketPart> reply(@Path("ticket_id") String ticketId, @Body ReplyRequest request);

  /**
   * Searches tickets; page with {@link SearchRequest#withPage(int, String)} and {@link
   * IntercomList#nextStartingAfter()}, or walk every page with {@link
   * IntercomClient#searchTickets(dev.pacer.intercom.model.SearchQuery, int)}.
   */
  @POST("tickets/search")
  Call<IntercomList<Ticket>> search(@Body SearchRequest request);

  /** Creates a ticket. */
  @POST("tickets")
  Call<Ticket> create(@Body TicketRequest request);

  /** Deletes the ticket {@code ticketId}; the answer's {@code object} is {@code ticket}. */
  @DELETE("tickets/{ticket_id}")
  Call<DeletedObject> delete(@Path("ticket_id") String ticketId);

  /**
   * Changes the fields set in {@code update} of the ticket {@code ticketId}: attributes, state,
   * assignee, open or closed, snoozing, sharing.
   */
  @PUT("tickets/{ticket_id}")
  Call<Ticket> update(@Path("ticket_id") String ticketId, @Body TicketUpdate update);
}
