package dev.pacer.contextio;

import dev.pacer.contextio.model.CreatedWebhook;
import dev.pacer.contextio.model.Success;
import dev.pacer.contextio.model.Webhook;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.DELETE;
import retrofit2.http.Field;
import retrofit2.http.FieldMap;
import retrofit2.http.FormUrlEncoded;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Context.IO Lite's webhook methods: user webhooks ({@code /lite/users/{id}/webhooks}) watch one
 * user's mailboxes, application webhooks ({@code /lite/webhooks}) every user's. Get one from
 * {@link ContextIoClient#webhooks()}. Managing webhooks counts against the developer key's
 * <b>5,000/h</b> (rule {@value ContextIoPolicy#DEVELOPER_RULE}); receiving deliveries counts
 * against nothing, so a webhook that includes bodies and headers saves IMAP calls.
 */
public interface WebhooksApi {
  /** The webhooks of user {@code id}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @GET("users/{id}/webhooks")
  Call<List<Webhook>> list(@Path("id") String id);

  /** Creates a webhook for user {@code id} from raw form {@code fields}; prefer {@link #create(String, NewWebhook)}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @FormUrlEncoded
  @POST("users/{id}/webhooks")
  Call<CreatedWebhook> create(@Path("id") String id, @FieldMap Map<String, String> fields);

  /** Creates {@code webhook} for user {@code id}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  default Call<CreatedWebhook> create(String id, NewWebhook webhook) {
    return create(id, webhook.fields());
  }

  /** Webhook {@code webhookId} of user {@code id}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @GET("users/{id}/webhooks/{webhook_id}")
  Call<Webhook> get(@Path("id") String id, @Path("webhook_id") String webhookId);

  /** Turns webhook {@code webhookId} of user {@code id} on (1) or off (0). Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @FormUrlEncoded
  @POST("users/{id}/webhooks/{webhook_id}")
  Call<Success> update(@Path("id") String id, @Path("webhook_id") String webhookId, @Field("active") int active);

  /** Turns webhook {@code webhookId} of user {@code id} on or off. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  default Call<Success> setActive(String id, String webhookId, boolean active) {
    return update(id, webhookId, active ? 1 : 0);
  }

  /** Deletes webhook {@code webhookId} of user {@code id}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @DELETE("users/{id}/webhooks/{webhook_id}")
  Call<Success> delete(@Path("id") String id, @Path("webhook_id") String webhookId);

  /** The application's webhooks. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @GET("webhooks")
  Call<List<Webhook>> listForApplication();

  /** Creates an application webhook from raw form {@code fields}; prefer {@link #createForApplication(NewWebhook)}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @FormUrlEncoded
  @POST("webhooks")
  Call<CreatedWebhook> createForApplication(@FieldMap Map<String, String> fields);

  /** Creates {@code webhook} for every user of the application. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  default Call<CreatedWebhook> createForApplication(NewWebhook webhook) {
    return createForApplication(webhook.fields());
  }

  /** Application webhook {@code webhookId}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @GET("webhooks/{webhook_id}")
  Call<Webhook> getForApplication(@Path("webhook_id") String webhookId);

  /** Turns application webhook {@code webhookId} on (1) or off (0). Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @FormUrlEncoded
  @POST("webhooks/{webhook_id}")
  Call<Success> updateForApplication(@Path("webhook_id") String webhookId, @Field("active") int active);

  /** Deletes application webhook {@code webhookId}. Limit: <b>5,000/h</b> per developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}). */
  @DELETE("webhooks/{webhook_id}")
  Call<Success> deleteForApplication(@Path("webhook_id") String webhookId);
}
