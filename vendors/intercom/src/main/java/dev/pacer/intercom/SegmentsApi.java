package dev.pacer.intercom;

import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.Segment;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Path;
import retrofit2.http.Query;

/** Intercom's segments, typed after API version 2.16. Get one from {@link IntercomClient#segments()}. */
public interface SegmentsApi {

  /**
   * Every segment of the workspace; {@code includeCount} true adds each segment's {@link
   * Segment#count()}, null or false leaves it out.
   */
  @GET("segments")
  Call<IntercomList<Segment>> list(@Query("include_count") Boolean includeCount);

  /** The segment {@code segmentId}. */
  @GET("segments/{segment_id}")
  Call<Segment> get(@Path("segment_id") String segmentId);
}
