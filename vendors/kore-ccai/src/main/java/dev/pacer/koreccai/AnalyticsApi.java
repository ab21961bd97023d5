package dev.pacer.koreccai;

import dev.pacer.koreccai.model.AgentStatusDetail;
import dev.pacer.koreccai.model.AgentStatusQuery;
import dev.pacer.koreccai.model.AgentStatusSummary;
import dev.pacer.koreccai.model.IntentSession;
import dev.pacer.koreccai.model.InteractionPage;
import dev.pacer.koreccai.model.InteractionQuery;
import dev.pacer.koreccai.model.OffsetPage;
import dev.pacer.koreccai.model.QueueSizeFilter;
import dev.pacer.koreccai.model.QueueStats;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Kore.ai CCAI's Analytics and Reporting APIs: the details report ("Get All Conversations Data –
 * Call Details v2"), the agent-status reports, intent real-time data and queue size (the
 * conversation APIs of the group are in {@link ConversationsApi}). Get one from {@link
 * KoreCcaiClient#analytics()}. For the details report, each page is one request; {@code offset} counts
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

  /**
   * The latest 25 sessions of app {@code botId} that completed the flow ("Get Intent Real-Time
   * Data"); Kore's page sends no body. Limit: shared <b>60/min</b> per account (rule {@code
   * account-per-minute}).
   */
  @POST("api/public/bot/{botId}/intentrealtimedata")
  Call<List<IntentSession>> intentRealTime(@Path("botId") String botId);

  /**
   * One page of each agent's status per time bucket ("Historical Agent Status Summary"). Kore's
   * page gives the endpoint as {@code .../analytics/1.1/account/{accountId}/userstatus}, which
   * this uses, while its sample request leaves out {@code 1.1}: unverified. Limit: shared
   * <b>60/min</b> per account (rule {@code account-per-minute}).
   *
   * @param accountId the account ID (path)
   * @param streamId the app ID, sent as the {@code iId} header
   * @param offset rows to skip; null for 0
   * @param limit agents per page; null for Kore's 50
   * @param query the agents, days and bucket size ({@code granularity} is required here)
   */
  @POST("agentassist/api/public/analytics/1.1/account/{accountId}/userstatus")
  Call<OffsetPage<AgentStatusSummary>> agentStatusSummary(@Path("accountId") String accountId,
      @Header("iId") String streamId, @Query("offset") Integer offset, @Query("limit") Integer limit,
      @Body AgentStatusQuery query);

  /**
   * One page of each agent's self-reported status periods and activity events ("Agent Status
   * Details API"). Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   *
   * @param accountId the account ID (path)
   * @param streamId the app ID, sent as the {@code iId} header
   * @param offset rows to skip; null for 0
   * @param limit rows per page, at most 50; null for Kore's default
   * @param query the agents and days
   */
  @POST("agentassist/api/public/analytics/account/{accountId}/v3/agentstatusdetails")
  Call<OffsetPage<AgentStatusDetail>> agentStatusDetails(@Path("accountId") String accountId,
      @Header("iId") String streamId, @Query("offset") Integer offset, @Query("limit") Integer limit,
      @Body AgentStatusQuery query);

  /**
   * The live figures of queue {@code queueId}: waiting and engaged conversations, agents by status
   * and waiting times ("Queue Size"). Limit: shared <b>60/min</b> per account (rule {@code
   * account-per-minute}).
   */
  @POST("agentassist/api/v1/public/{streamId}/monitor/queueStatsById/{queueId}")
  Call<List<QueueStats>> queueSize(@Path("streamId") String streamId, @Path("queueId") String queueId,
      @Body QueueSizeFilter filter);
}
