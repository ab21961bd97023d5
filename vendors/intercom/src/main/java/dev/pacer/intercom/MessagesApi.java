package dev.pacer.intercom;

import dev.pacer.intercom.model.Message;
import dev.pacer.intercom.model.MessageRequest;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/**
 * Intercom's outbound messages from admins, typed after API version 2.16. Get one from {@link
 * IntercomClient#messages()}; every call is paced by the client's policy.
 */
public interface MessagesApi {

  /**
   * Sends an in-app message or an email from an admin; the answer names the conversation it
   * started when one was opened.
   */
  @POST("messages")
  Call<Message> create(@Body MessageRequest request);
}
