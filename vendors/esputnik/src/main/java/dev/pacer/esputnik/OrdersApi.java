package dev.pacer.esputnik;

import dev.pacer.esputnik.model.FailedOrders;
import dev.pacer.esputnik.model.Orders;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;

/** eSputnik's order transfer. Get one from {@link EsputnikClient#orders()}. */
public interface OrdersApi {
  /**
   * Adds or updates orders; the answer lists the orders eSputnik refused, with the reason.
   * Limit: shared <b>200/s</b> (rule {@code default}).
   */
  @POST("v1/orders")
  Call<FailedOrders> add(@Body Orders orders);
}
