package dev.pacer.koreccai;

import dev.pacer.koreccai.model.InteractionPage;
import dev.pacer.koreccai.model.InteractionQuery;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Kore.ai CCAI's analytics details report ("Get All Conversations Data – Call Details v2"). Get
 * one from {@link KoreCcaiClient#analytics()}. Each page is one request; {@code offset} counts
 * pages (0 to {@value #MAX_OFFSET}) and a page holds at most {@value #MAX_LIMIT} records, so one
 * query reaches at most 1,100 records: narrow the window for more. Every method counts against
 * the account's one shared limit of <b>60 requests per minute</b> (rule {@code
 * account-per-minute}, see {@link KoreCcaiPolicy}).
 */
public interface AnalyticsApi {
  /** The largest page size Kore accepts. */
  int MAX_LIMIT = 100;
  /** The largest page offset Kore accepts. */
  int MAX_OFFSET = 10;

  /**
   * One page of interaction details. Limit: shared <b>60/min</b> per account (rule {@code
   * account-per-minute}). For every page, lazily, see {@link KoreCcaiClient#allInteractionDetails}.
   *
   * @param accountId the account ID (path)
   * @param streamId the app ID, sent as the {@code iId} header
   * @param offset pages to skip, 0 to 10; null for 0
   * @param limit records per page, at most 100; null for Kore's default
   */
  @POST("agentassist/api/public/analytics/account/{accountId}/v2/interactionDetails")
  Call<InteractionPage> interactionDetails(@Path("accountId") String accountId, @Header("iId") String streamId,
      @Query("offset") Integer offset, @Query("limit") Integer limit, @Body InteractionQuery query);

  /**
   * {@link #interactionDetails} as a future that fails with {@link
   * dev.pacer.vendor.support.ApiException}. Limit: shared <b>60/min</b> per account (rule {@code
   * account-per-minute}).
   */
  @POST("agentassist/api/public/analytics/account/{accountId}/v2/interactionDetails")
  CompletableFuture<InteractionPage> interactionDetailsAsync(@Path("accountId") String accountId,
      @Header("iId") String streamId, @Query("offset") Integer offset, @Query("limit") Integer limit,
      @Body InteractionQuery query);

  /**
   * One page of call details (the same report at call level). Limit: shared <b>60/min</b> per
   * account (rule {@code account-per-minute}). For every page, lazily, see {@link
   * KoreCcaiClient#allCallDetails}.
   *
   * @param accountId the account ID (path)
   * @param streamId the app ID, sent as the {@code iId} header
   * @param offset pages to skip, 0 to 10; null for 0
   * @param limit records per page, at most 100; null for Kore's default
   */
  @POST("agentassist/api/public/analytics/account/{accountId}/v2/callDetails")
  Call<InteractionPage> callDetails(@Path("accountId") String accountId, @Header("iId") String streamId,
      @Query("offset") Integer offset, @Query("limit") Integer limit, @Body InteractionQuery query);
}
