package dev.pacer.koreccai;

import dev.pacer.koreccai.model.AgentActivity;
import dev.pacer.koreccai.model.ContactVolume;
import dev.pacer.koreccai.model.ContactVolumeQuery;
import dev.pacer.koreccai.model.WfmAgent;
import dev.pacer.koreccai.model.WfmQueue;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Kore.ai CCAI's workforce-management (WFM) integration APIs. Get one from {@link
 * KoreCcaiClient#wfm()}. {@code streamId} travels as the {@code iId} header. Every method counts
 * against the account's one shared limit of <b>60 requests per minute</b> (rule {@code
 * account-per-minute}, see {@link KoreCcaiPolicy}).
 */
public interface WfmApi {
  /**
   * The account's agents. Kore's page shows {@code offset} and {@code limit} without saying
   * whether {@code offset} counts agents or pages, so no lazy paging is offered. Limit: shared
   * <b>60/min</b> per account (rule {@code account-per-minute}).
   *
   * @param offset null for Kore's default
   * @param limit null for Kore's default
   */
  @GET("agentassist/api/public/analytics/account/{accountId}/agents")
  Call<List<WfmAgent>> agents(@Path("accountId") String accountId, @Header("iId") String streamId,
      @Query("offset") Integer offset, @Query("limit") Integer limit);

  /** The account's queues ("collection points"). Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}). */
  @GET("agentassist/api/public/analytics/account/{accountId}/queues")
  Call<List<WfmQueue>> queues(@Path("accountId") String accountId, @Header("iId") String streamId);

  /**
   * Agent status changes between two ISO-8601 UTC instants, e.g. {@code 2023-04-02T09:45:00Z}.
   * Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @GET("agentassist/api/public/analytics/account/{accountId}/agentactivity")
  Call<AgentActivity> agentActivity(@Path("accountId") String accountId, @Header("iId") String streamId,
      @Query("fromTimeStamp") String fromTimeStamp, @Query("toTimeStamp") String toTimeStamp);

  /**
   * Agent status changes from {@code from} to {@code to}, sent to the second in UTC. Limit: shared
   * <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  default Call<AgentActivity> agentActivity(String accountId, String streamId, Instant from, Instant to) {
    if (!from.isBefore(to)) throw new IllegalArgumentException("from is not before to: " + from + " .. " + to);
    return agentActivity(accountId, streamId, from.truncatedTo(ChronoUnit.SECONDS).toString(),
        to.truncatedTo(ChronoUnit.SECONDS).toString());
  }

  /**
   * Contact volume per queue and interval for the WFM client ("Contact Volume API"); page with
   * {@code skip} and {@code limit} while {@link ContactVolume#hasMore()}. Limit: shared
   * <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @POST("agentassist/api/public/analytics/account/{accountId}/callvolume")
  Call<ContactVolume> contactVolume(@Path("accountId") String accountId, @Header("iId") String streamId,
      @Body ContactVolumeQuery query);
}
