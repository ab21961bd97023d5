package dev.pacer.koreccai;

import dev.pacer.koreccai.model.ResultPage;
import dev.pacer.koreccai.model.Skill;
import dev.pacer.koreccai.model.SkillGroup;
import dev.pacer.koreccai.model.SkillGroupInput;
import dev.pacer.koreccai.model.SkillInput;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Kore.ai CCAI's skill group and skill APIs. Get one from {@link KoreCcaiClient#skills()}. Every
 * method counts against the account's one shared limit of <b>60 requests per minute</b> (rule
 * {@code account-per-minute}, see {@link KoreCcaiPolicy}).
 */
public interface SkillsApi {
  /** Creates a skill group. Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}). */
  @POST("agentassist/api/v1/public/{streamId}/skill-groups")
  Call<SkillGroup> createGroup(@Path("streamId") String streamId, @Body SkillGroupInput group);

  /**
   * One page of skill groups, {@code limit} a page (Kore's default 10). Limit: shared
   * <b>60/min</b> per account (rule {@code account-per-minute}). For every page, lazily, see
   * {@link KoreCcaiClient#allSkillGroups}.
   *
   * @param page the 1-based page; null for the first
   * @param limit the page size; null for 10
   */
  @GET("agentassist/api/v1/public/{streamId}/skill-groups")
  Call<ResultPage<SkillGroup>> listGroups(@Path("streamId") String streamId, @Query("page") Integer page,
      @Query("limit") Integer limit);

  /** The skill group {@code skillGroupId}. Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}). */
  @GET("agentassist/api/v1/public/{streamId}/skill-groups/{skillGroupId}")
  Call<SkillGroup> getGroup(@Path("streamId") String streamId, @Path("skillGroupId") String skillGroupId);

  /**
   * Updates skill group {@code skillGroupId} ("Update a Skill Group"); Kore answers with the group.
   * Kore's page lists the group's {@code id} among the body parameters but its sample sends only
   * name, description and colour, as this method does. Limit: shared <b>60/min</b> per account
   * (rule {@code account-per-minute}).
   */
  @PUT("agentassist/api/v1/public/{streamId}/skill-groups/{skillGroupId}")
  Call<SkillGroup> updateGroup(@Path("streamId") String streamId, @Path("skillGroupId") String skillGroupId,
      @Body SkillGroupInput group);

  /**
   * Deletes skill group {@code skillGroupId} (Kore documents no answer body). Limit: shared
   * <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @DELETE("agentassist/api/v1/public/{streamId}/skill-groups/{skillGroupId}")
  Call<Void> deleteGroup(@Path("streamId") String streamId, @Path("skillGroupId") String skillGroupId);

  /**
   * Creates a skill in group {@code skillGroupId}; the answer counts the agents given it. Limit:
   * shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @POST("agentassist/api/v1/public/{streamId}/skill-groups/{skillGroupId}/skills")
  Call<Skill> create(@Path("streamId") String streamId, @Path("skillGroupId") String skillGroupId,
      @Body SkillInput skill);

  /**
   * One page of the skills of group {@code skillGroupId}. Limit: shared <b>60/min</b> per account
   * (rule {@code account-per-minute}). For every page, lazily, see {@link KoreCcaiClient#allSkills}.
   *
   * @param page the 1-based page; null for the first
   * @param limit the page size; null for 10
   */
  @GET("agentassist/api/v1/public/{streamId}/skill-groups/{skillGroupId}/skills")
  Call<ResultPage<Skill>> list(@Path("streamId") String streamId, @Path("skillGroupId") String skillGroupId,
      @Query("page") Integer page, @Query("limit") Integer limit);

  /**
   * The skill {@code skillId} with the agents holding it. Limit: shared <b>60/min</b> per account
   * (rule {@code account-per-minute}).
   */
  @GET("agentassist/api/v1/public/{streamId}/skill-groups/{skillGroupId}/skills/{skillId}")
  Call<Skill> get(@Path("streamId") String streamId, @Path("skillGroupId") String skillGroupId,
      @Path("skillId") String skillId);

  /**
   * Updates skill {@code skillId} of group {@code skillGroupId} ("Update a Particular Skill"); the
   * answer counts the skill's agents. Limit: shared <b>60/min</b> per account (rule {@code
   * account-per-minute}).
   */
  @PUT("agentassist/api/v1/public/{streamId}/skill-groups/{skillGroupId}/skills/{skillId}")
  Call<Skill> update(@Path("streamId") String streamId, @Path("skillGroupId") String skillGroupId,
      @Path("skillId") String skillId, @Body SkillInput skill);

  /**
   * Deletes skill {@code skillId} from group {@code skillGroupId} (Kore documents no answer body).
   * Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @DELETE("agentassist/api/v1/public/{streamId}/skill-groups/{skillGroupId}/skills/{skillId}")
  Call<Void> delete(@Path("streamId") String streamId, @Path("skillGroupId") String skillGroupId,
      @Path("skillId") String skillId);
}
