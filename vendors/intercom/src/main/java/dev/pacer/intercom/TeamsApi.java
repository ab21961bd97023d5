package dev.pacer.intercom;

import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.Team;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;

/** Intercom's teams of admins, typed after API version 2.16. Get one from {@link IntercomClient#teams()}. */
public interface TeamsApi {

  /** Every team of the workspace (not paged). */
  @GET("teams")
  Call<IntercomList<Team>> list();

  /** The team {@code teamId}. */
  @GET("teams/{team_id}")
  Call<Team> get(@Path("team_id") String teamId);
}
