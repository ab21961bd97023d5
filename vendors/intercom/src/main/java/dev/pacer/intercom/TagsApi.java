package dev.pacer.intercom;

import dev.pacer.intercom.model.Tag;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.TagRequest;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Intercom's tags, typed after API version 2.16. Tag single contacts with {@link
 * ContactsApi#attachTag} and conversations with {@link ConversationsApi#attachTag}. Get one from
 * {@link IntercomClient#tags()}.
 */
public interface TagsApi {

  /** Every tag of the workspace. */
  @GET("tags")
  Call<IntercomList<Tag>> list();

  /** Creates or renames a tag, or tags / untags companies or contacts in bulk; see {@link TagRequest}. */
  @POST("tags")
  Call<Tag> save(@Body TagRequest request);

  /** The tag {@code tagId}. */
  @GET("tags/{tag_id}")
  Call<Tag> get(@Path("tag_id") String tagId);

  /** Deletes the tag {@code tagId}; the answer has no body. */
  @DELETE("tags/{tag_id}")
  Call<Void> delete(@Path("tag_id") String tagId);
}
