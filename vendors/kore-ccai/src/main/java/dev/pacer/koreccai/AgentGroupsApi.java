package dev.pacer.koreccai;

import dev.pacer.koreccai.model.AgentGroup;
import dev.pacer.koreccai.model.AgentGroupInput;
import dev.pacer.koreccai.model.AgentGroupUpdate;
import dev.pacer.koreccai.model.ResultPage;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;

/**
 * Kore.ai CCAI's agent group APIs. Get one from {@link KoreCcaiClient#agentGroups()}. Every method
 * counts against the account's one shared limit of <b>60 requests per minute</b> (rule {@code
 * account-per-minute}, see {@link KoreCcaiPolicy}).
 */
public interface AgentGroupsApi {
  /** Creates an agent group. Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}). */
  @POST("agentassist/api/v1/public/{streamId}/agent-groups")
  Call<AgentGroup> create(@Path("streamId") String streamId, @Body AgentGroupInput group);

  /**
   * The agent groups of app {@code streamId}, as one page ({@code skip}, {@code limit}, {@code
   * hasMore}, totals); Kore documents no paging parameters for it. Limit: shared <b>60/min</b> per
   * account (rule {@code account-per-minute}).
   */
  @GET("agentassist/api/v1/public/{streamId}/agent-groups")
  Call<ResultPage<AgentGroup>> list(@Path("streamId") String streamId);

  /**
   * The agent group {@code agentGroupId} with its managers. Limit: shared <b>60/min</b> per account
   * (rule {@code account-per-minute}).
   */
  @GET("agentassist/api/v1/public/{streamId}/agent-groups/{agentGroupId}")
  Call<AgentGroup> get(@Path("streamId") String streamId, @Path("agentGroupId") String agentGroupId);

  /**
   * Updates agent group {@code agentGroupId}: its name, description and managers. Limit: shared
   * <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @PUT("agentassist/api/v1/public/{streamId}/agent-groups/{agentGroupId}")
  Call<AgentGroup> update(@Path("streamId") String streamId, @Path("agentGroupId") String agentGroupId,
      @Body AgentGroupUpdate group);

  /**
   * Deletes agent group {@code agentGroupId}; Kore answers with the deleted group. Limit: shared
   * <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @DELETE("agentassist/api/v1/public/{streamId}/agent-groups/{agentGroupId}")
  Call<AgentGroup> delete(@Path("streamId") String streamId, @Path("agentGroupId") String agentGroupId);
}
