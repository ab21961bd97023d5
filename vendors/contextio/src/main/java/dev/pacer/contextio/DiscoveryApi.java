package dev.pacer.contextio;

import dev.pacer.contextio.model.Discovery;
import retrofit2.Call;
import retrofit2.http.GET;
import retrofit2.http.Query;

/** Context.IO Lite's IMAP settings discovery. Get one from {@link ContextIoClient#discovery()}. */
public interface DiscoveryApi {
  /**
   * The IMAP settings Context.IO knows for {@code email}'s provider. Limit: <b>5,000/h</b> per
   * developer key (rule {@value ContextIoPolicy#DEVELOPER_RULE}).
   */
  @GET("discovery?source_type=imap")
  Call<Discovery> imap(@Query("email") String email);
}
