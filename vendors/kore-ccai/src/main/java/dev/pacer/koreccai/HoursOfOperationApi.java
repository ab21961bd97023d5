package dev.pacer.koreccai;

import dev.pacer.koreccai.model.HoursOfOperation;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.Path;

/**
 * Kore.ai CCAI's Hours of Operation API. Get one from {@link KoreCcaiClient#hoursOfOperation()}.
 * Counts against the account's one shared limit of <b>60 requests per minute</b> (rule {@code
 * account-per-minute}, see {@link KoreCcaiPolicy}).
 */
public interface HoursOfOperationApi {
  /**
   * The hours of operation of queue {@code queueId} in organization {@code orgId}; {@code
   * streamId} travels as the {@code iId} header. Limit: shared <b>60/min</b> per account (rule
   * {@code account-per-minute}).
   */
  @GET("agentassist/api/public/organizations/{orgId}/operationshours/{queueId}")
  Call<HoursOfOperation> forQueue(@Path("orgId") String orgId, @Path("queueId") String queueId,
      @Header("iId") String streamId);
}
