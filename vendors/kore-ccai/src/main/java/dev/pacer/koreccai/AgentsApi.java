package dev.pacer.koreccai;

import dev.pacer.koreccai.model.Agent;
import dev.pacer.koreccai.model.AgentAvailability;
import dev.pacer.koreccai.model.AgentAvailabilityQuery;
import dev.pacer.koreccai.model.AgentInput;
import dev.pacer.koreccai.model.ResultPage;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Kore.ai CCAI's agent APIs ("Agent Creation APIs"). Get one from {@link KoreCcaiClient#agents()};
 * every method returns a Retrofit {@link Call}: {@code execute()} it, {@code enqueue()} it, or hand
 * it to {@link KoreCcaiClient#execute} / {@link KoreCcaiClient#async} for typed errors. The client
 * adds the {@code auth} and {@code accountId} headers. {@code streamId} is the app (bot) ID, {@code
 * st-...}.
 *
 * <p>Every method counts against the account's one shared limit of <b>60 requests per minute</b>
 * (rule {@code account-per-minute}, see {@link KoreCcaiPolicy}); Pacer enforces it.
 */
public interface AgentsApi {
  /** Creates an agent. Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}). */
  @POST("agentassist/api/v1/public/{streamId}/agents")
  Call<Agent> create(@Path("streamId") String streamId, @Body AgentInput agent);

  /**
   * One page of the agents of organization {@code orgId} ("List All Agents"). Limit: shared
   * <b>60/min</b> per account (rule {@code account-per-minute}). For every page, lazily, see
   * {@link KoreCcaiClient#allAgents}.
   *
   * @param page the 1-based page; null for the first
   * @param includeQueues whether each agent lists its queues; null for Kore's default
   */
  @GET("agentassist/api/v1/public/{streamId}/organizations/{orgId}/agents")
  Call<ResultPage<Agent>> list(@Path("streamId") String streamId, @Path("orgId") String orgId,
      @Query("page") Integer page, @Query("includeQueues") Boolean includeQueues);

  /** The agent {@code agentId}. Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}). */
  @GET("agentassist/api/v1/public/{streamId}/agents/{agentId}")
  Call<Agent> get(@Path("streamId") String streamId, @Path("agentId") String agentId);

  /**
   * {@link #get} as a future that fails with {@link dev.pacer.vendor.support.ApiException}; no
   * thread waits while Pacer holds it back. Limit: shared <b>60/min</b> per account (rule {@code
   * account-per-minute}).
   */
  @GET("agentassist/api/v1/public/{streamId}/agents/{agentId}")
  CompletableFuture<Agent> getAsync(@Path("streamId") String streamId, @Path("agentId") String agentId);

  /**
   * Replaces agent {@code agentId}; send the whole agent ({@link AgentInput.Builder#from}). Limit:
   * shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @PUT("agentassist/api/v1/public/{streamId}/agents/{agentId}")
  Call<Agent> update(@Path("streamId") String streamId, @Path("agentId") String agentId, @Body AgentInput agent);

  /**
   * Deletes agent {@code agentId}; Kore answers with the deleted agent. Limit: shared <b>60/min</b>
   * per account (rule {@code account-per-minute}).
   */
  @DELETE("agentassist/api/v1/public/{streamId}/agents/{agentId}")
  Call<Agent> delete(@Path("streamId") String streamId, @Path("agentId") String agentId);

  /**
   * The agents with your identifier {@code customId} (several may share one). Limit: shared
   * <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @GET("agentassist/api/v1/public/{streamId}/agents/customId/{customId}")
  Call<List<Agent>> byCustomId(@Path("streamId") String streamId, @Path("customId") String customId);

  /**
   * Which of the agents matching {@code query} (by skill, queue or agent ID) are available, busy,
   * offline or away, with their capacity per channel ("Check Agent Availability Status"). Limit:
   * shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @POST("agentassist/api/v1/public/{streamId}/agents/availability")
  Call<AgentAvailability> availability(@Path("streamId") String streamId, @Body AgentAvailabilityQuery query);
}
