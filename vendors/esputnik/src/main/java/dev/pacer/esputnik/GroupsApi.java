package dev.pacer.esputnik;

import dev.pacer.esputnik.model.Contact;
import dev.pacer.esputnik.model.GroupMembers;
import dev.pacer.esputnik.model.Segment;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * eSputnik's segment (group) methods: list segments, read a segment's contacts, and change the
 * members of a static segment. Get one from {@link EsputnikClient#groups()}. None is on the
 * rate-limit page, so all share the one <b>200/s</b> bucket (rule {@code default}).
 */
public interface GroupsApi {
  /** The most rows one page of segments or segment contacts returns. */
  int MAX_ROWS = 500;

  /**
   * Segments whose name contains {@code name} (null: all), at most 500 a page from {@code
   * startIndex} (from 1). Limit: shared <b>200/s</b> (rule {@code default}).
   *
   * @param name part of a segment's name, or null
   * @param startIndex the first row, counting from 1; null for 1
   * @param maxRows rows per page, at most 500; null for 500
   */
  @GET("v1/groups")
  Call<List<Segment>> search(@Query("name") String name, @Query("startindex") Integer startIndex,
      @Query("maxrows") Integer maxRows);

  /**
   * The contacts in segment {@code groupId}, at most 500 a page. Limit: shared <b>200/s</b>
   * (rule {@code default}). For every contact, lazily, see {@link EsputnikClient#groupContacts}.
   *
   * @param groupId the segment ID
   * @param startIndex the first row, counting from 1; null for 1
   * @param maxRows rows per page, at most 500; null for 500
   * @param orderByTs true to order by the time each contact joined the segment; null for eSputnik's default (false)
   * @param asc false for descending order; null for eSputnik's default (ascending)
   */
  @GET("v1/group/{id}/contacts")
  Call<List<Contact>> contacts(@Path("id") int groupId, @Query("startindex") Integer startIndex,
      @Query("maxrows") Integer maxRows, @Query("orderByTs") Boolean orderByTs, @Query("asc") Boolean asc);

  /**
   * Adds contacts to static segment {@code groupId}. Limit: shared <b>200/s</b> (rule {@code default}).
   */
  @POST("v1/group/{id}/contacts/attach")
  Call<Void> attach(@Path("id") int groupId, @Body GroupMembers members);

  /**
   * Removes contacts from static segment {@code groupId}; {@link GroupMembers#none()} removes
   * every contact. Limit: shared <b>200/s</b> (rule {@code default}).
   */
  @POST("v1/group/{id}/contacts/detach")
  Call<Void> detach(@Path("id") int groupId, @Body GroupMembers members);
}
