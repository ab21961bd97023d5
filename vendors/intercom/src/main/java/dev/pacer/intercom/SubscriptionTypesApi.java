package dev.pacer.intercom;

import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.SubscriptionType;
import retrofit2.Call;
import retrofit2.http.GET;

/**
 * Intercom's subscription types, typed after API version 2.16. Get one from {@link
 * IntercomClient#subscriptionTypes()}; a contact's own subscriptions are in {@link ContactsApi}.
 */
public interface SubscriptionTypesApi {

  /** Every subscription type of the workspace (not paged). */
  @GET("subscription_types")
  Call<IntercomList<SubscriptionType>> list();
}
