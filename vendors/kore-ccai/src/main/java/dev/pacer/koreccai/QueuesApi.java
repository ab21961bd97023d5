package dev.pacer.koreccai;

import dev.pacer.koreccai.model.Queue;
import dev.pacer.koreccai.model.QueueInput;
import dev.pacer.koreccai.model.QueueMember;
import dev.pacer.koreccai.model.QueueMembersQuery;
import dev.pacer.koreccai.model.ResultPage;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Kore.ai CCAI's queue management APIs. Get one from {@link KoreCcaiClient#queues()}. Every method
 * counts against the account's one shared limit of <b>60 requests per minute</b> (rule {@code
 * account-per-minute}, see {@link KoreCcaiPolicy}).
 */
public interface QueuesApi {
  /** Creates a queue. Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}). */
  @POST("agentassist/api/v1/public/{streamId}/queues")
  Call<Queue> create(@Path("streamId") String streamId, @Body QueueInput queue);

  /**
   * One page of queues. Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   * For every page, lazily, see {@link KoreCcaiClient#allQueues}.
   *
   * @param page the 1-based page; null for the first
   * @param limit the page size; null for 10
   */
  @GET("agentassist/api/v1/public/{streamId}/queues")
  Call<ResultPage<Queue>> list(@Path("streamId") String streamId, @Query("page") Integer page,
      @Query("limit") Integer limit);

  /** The queue {@code queueId}. Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}). */
  @GET("agentassist/api/v1/public/{streamId}/queues/{queueId}")
  Call<Queue> get(@Path("streamId") String streamId, @Path("queueId") String queueId);

  /**
   * Deletes queue {@code queueId} (Kore documents no answer body). Limit: shared <b>60/min</b> per
   * account (rule {@code account-per-minute}).
   */
  @DELETE("agentassist/api/v1/public/{streamId}/queues/{queueId}")
  Call<Void> delete(@Path("streamId") String streamId, @Path("queueId") String queueId);

  /**
   * Updates queue {@code queueId} ("Update a Specific Queue"). Kore's page shows the answer (a
   * queue) but no request body; this sends the fields of "Create a Queue", which is unverified.
   * Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @PUT("agentassist/api/v1/public/{streamId}/queues/{queueId}")
  Call<Queue> update(@Path("streamId") String streamId, @Path("queueId") String queueId, @Body QueueInput queue);

  /**
   * The agents of the queues {@code query} names ("Get a List of Agents or Queues" with {@code
   * queueIds}; see {@link QueueMembersQuery#ofQueues}). Limit: shared <b>60/min</b> per account
   * (rule {@code account-per-minute}).
   */
  @POST("agentassist/api/v1/public/{streamId}/queues/agents")
  Call<List<QueueMember>> agentsOfQueues(@Path("streamId") String streamId, @Body QueueMembersQuery query);

  /**
   * The IDs of the queues of the agents {@code query} names (the same API with {@code agentIds};
   * see {@link QueueMembersQuery#ofAgents}). Limit: shared <b>60/min</b> per account (rule {@code
   * account-per-minute}).
   */
  @POST("agentassist/api/v1/public/{streamId}/queues/agents")
  Call<List<String>> queuesOfAgents(@Path("streamId") String streamId, @Body QueueMembersQuery query);
}
