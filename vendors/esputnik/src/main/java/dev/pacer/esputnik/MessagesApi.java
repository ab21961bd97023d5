package dev.pacer.esputnik;

import dev.pacer.esputnik.model.AppInboxMessage;
import dev.pacer.esputnik.model.EmailMessage;
import dev.pacer.esputnik.model.InstantMessagesStatus;
import dev.pacer.esputnik.model.InteractionStatusChange;
import dev.pacer.esputnik.model.MobilePushMessage;
import dev.pacer.esputnik.model.OutgoingEmail;
import dev.pacer.esputnik.model.OutgoingSms;
import dev.pacer.esputnik.model.OutgoingViber;
import dev.pacer.esputnik.model.PreparedMessageRequest;
import dev.pacer.esputnik.model.SendMessageResults;
import dev.pacer.esputnik.model.SmsMessage;
import dev.pacer.esputnik.model.TelegramMessage;
import dev.pacer.esputnik.model.ViberMessage;
import java.util.Collection;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** eSputnik's message methods: send, read stored messages, delivery status. Get one from {@link EsputnikClient#messages()}. */
public interface MessagesApi {
  /**
   * The stored email message {@code id} with its content. Limits: <b>10/s and 500/h</b> (rule
   * {@code email-message}).
   */
  @GET("v1/messages/email/{id}")
  Call<EmailMessage> emailMessage(@Path("id") int id);

  /**
   * Stored email messages whose name or tag contains {@code search}, at most 500 a page from
   * {@code startIndex} (from 1); the total is in the {@code TotalCount} header. Limits:
   * <b>500/h</b> (rule {@code message-reads-hourly}) and the shared <b>200/s</b> (rule {@code default}).
   */
  @GET("v1/messages/email")
  Call<List<EmailMessage>> searchEmailMessages(@Query("search") String search, @Query("startindex") Integer startIndex,
      @Query("maxrows") Integer maxRows);

  /**
   * The stored SMS message {@code id}. Limits: <b>500/h</b> (rule {@code message-reads-hourly})
   * and the shared <b>200/s</b> (rule {@code default}).
   */
  @GET("v1/messages/sms/{id}")
  Call<SmsMessage> smsMessage(@Path("id") int id);

  /**
   * Stored SMS messages whose name or tag contains {@code search}, at most 500 a page; the total
   * is in the {@code TotalCount} header. Limits: <b>500/h</b> (rule {@code message-reads-hourly})
   * and the shared <b>200/s</b> (rule {@code default}).
   */
  @GET("v1/messages/sms")
  Call<List<SmsMessage>> searchSmsMessages(@Query("search") String search, @Query("startindex") Integer startIndex,
      @Query("maxrows") Integer maxRows);

  /** Sends an email now. Limit: shared <b>200/s</b> (rule {@code default}). */
  @POST("v1/message/email")
  Call<SendMessageResults> sendEmail(@Body OutgoingEmail email);

  /** Sends an SMS now. Limit: shared <b>200/s</b> (rule {@code default}). */
  @POST("v1/message/sms")
  Call<SendMessageResults> sendSms(@Body OutgoingSms sms);

  /**
   * Sends the prepared message {@code messageId} to the request's recipients. Limit: shared
   * <b>200/s</b> (rule {@code default}).
   */
  @POST("v1/message/{id}/smartsend")
  Call<SendMessageResults> sendPrepared(@Path("id") int messageId, @Body PreparedMessageRequest request);

  /**
   * Delivery states of sent messages; {@code ids} is a comma-separated list of the request IDs
   * the send methods returned. Limit: shared <b>200/s</b> (rule {@code default}).
   */
  @GET("v1/message/status")
  Call<List<InstantMessagesStatus>> status(@Query("ids") String ids);

  /** Delivery states of the messages with request IDs {@code ids}. Limit: shared <b>200/s</b> (rule {@code default}). */
  default Call<List<InstantMessagesStatus>> status(Collection<String> ids) {
    if (ids.isEmpty()) throw new IllegalArgumentException("ids is empty");
    return status(String.join(",", ids));
  }

  /**
   * Reports what happened to a mobile push message on the device; {@code interactionId} is the
   * {@code es_interaction_id} delivered with the push. Limit: <b>300/s</b> (rule {@code interaction-status}).
   */
  @PUT("v1/interactions/{interaction_id}/status")
  Call<Void> updateInteractionStatus(@Path("interaction_id") String interactionId, @Body InteractionStatusChange change);

  // The stored messages of the Viber, mobile push, app inbox and Telegram channels. Each method
  // has the limits of every stored-message read: 500/h of its own (rule message-reads-hourly) and
  // the shared 200/s (rule default). A search returns at most 500 a page from startIndex (from 1),
  // the total in the TotalCount header; a null search matches every message.

  /** The stored Viber message {@code id}; limits: <b>500/h</b> and the shared <b>200/s</b>. */
  @GET("v1/messages/viber/{id}")
  Call<ViberMessage> viberMessage(@Path("id") int id);

  /** Stored Viber messages by part of name or tag; limits: <b>500/h</b> and the shared <b>200/s</b>. */
  @GET("v1/messages/viber")
  Call<List<ViberMessage>> searchViberMessages(@Query("search") String search, @Query("startindex") Integer startIndex,
      @Query("maxrows") Integer maxRows);

  /** The stored mobile push message {@code id}; limits: <b>500/h</b> and the shared <b>200/s</b>. */
  @GET("v1/messages/mobilepush/{id}")
  Call<MobilePushMessage> mobilePushMessage(@Path("id") int id);

  /** Stored mobile push messages by part of name or tag; limits: <b>500/h</b> and the shared <b>200/s</b>. */
  @GET("v1/messages/mobilepush")
  Call<List<MobilePushMessage>> searchMobilePushMessages(@Query("search") String search, @Query("startindex") Integer startIndex,
      @Query("maxrows") Integer maxRows);

  /** The stored app inbox message {@code id}; limits: <b>500/h</b> and the shared <b>200/s</b>. */
  @GET("v1/messages/appinbox/{id}")
  Call<AppInboxMessage> appInboxMessage(@Path("id") int id);

  /** Stored app inbox messages by part of name or tag; limits: <b>500/h</b> and the shared <b>200/s</b>. */
  @GET("v1/messages/appinbox")
  Call<List<AppInboxMessage>> searchAppInboxMessages(@Query("search") String search, @Query("startindex") Integer startIndex,
      @Query("maxrows") Integer maxRows);

  /** The stored Telegram bot message {@code id}; limits: <b>500/h</b> and the shared <b>200/s</b>. */
  @GET("v1/messages/telegram/{id}")
  Call<TelegramMessage> telegramMessage(@Path("id") int id);

  /** Stored Telegram bot messages by part of name or tag; limits: <b>500/h</b> and the shared <b>200/s</b>. */
  @GET("v1/messages/telegram")
  Call<List<TelegramMessage>> searchTelegramMessages(@Query("search") String search, @Query("startindex") Integer startIndex,
      @Query("maxrows") Integer maxRows);

  /**
   * Sends a Viber message now; eSputnik creates contacts for unknown numbers. Limit: shared
   * <b>200/s</b> (rule {@code default}). Mobile push, app inbox and Telegram messages are sent as
   * prepared messages, with {@link #sendPrepared} and {@link PreparedMessageRequest#nonEmail}.
   */
  @POST("v1/message/viber")
  Call<SendMessageResults> sendViber(@Body OutgoingViber viber);
}
