package dev.pacer.koreccai;

import dev.pacer.koreccai.model.Campaign;
import dev.pacer.koreccai.model.CampaignQuery;
import dev.pacer.koreccai.model.CampaignStart;
import dev.pacer.koreccai.model.CampaignStatus;
import dev.pacer.koreccai.model.ContactList;
import dev.pacer.koreccai.model.KoreEnvelope;
import dev.pacer.koreccai.model.ResultPage;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Kore.ai CCAI's campaign management APIs (the v2 list and status calls, and starting a voice
 * campaign). Get one from {@link KoreCcaiClient#campaigns()}. {@code streamId} travels in the path
 * and as the {@code iId} header; {@code accountId} also as a query parameter, as Kore documents.
 * Every method counts against the account's one shared limit of <b>60 requests per minute</b>
 * (rule {@code account-per-minute}, see {@link KoreCcaiPolicy}).
 */
public interface CampaignsApi {
  /**
   * One page of campaigns. Limit: shared <b>60/min</b> per account (rule {@code
   * account-per-minute}). For every page, lazily, see {@link KoreCcaiClient#allCampaigns}.
   */
  @POST("campaign/api/v2/public/{streamId}/campaign/getAllCampaignDetails")
  Call<KoreEnvelope<ResultPage<Campaign>>> list(@Path("streamId") String streamId,
      @Header("iId") String iId, @Query("accountId") String accountId, @Body CampaignQuery query);

  /** {@link #list} with {@code streamId} as the {@code iId} header too. */
  default Call<KoreEnvelope<ResultPage<Campaign>>> list(String streamId, String accountId, CampaignQuery query) {
    return list(streamId, streamId, accountId, query);
  }

  /**
   * The status of campaign {@code campaignId}. Limit: shared <b>60/min</b> per account (rule
   * {@code account-per-minute}).
   */
  @POST("campaign/api/v2/public/{streamId}/campaign/{campaignId}/status?view=status")
  Call<KoreEnvelope<CampaignStatus>> status(@Path("streamId") String streamId,
      @Path("campaignId") String campaignId, @Header("iId") String iId, @Query("accountId") String accountId,
      @Body Map<String, Object> emptyBody);

  /** {@link #status} with the empty JSON object Kore's page sends as body. */
  default Call<KoreEnvelope<CampaignStatus>> status(String streamId, String campaignId, String accountId) {
    return status(streamId, campaignId, streamId, accountId, Map.of());
  }

  /**
   * Starts voice campaign {@code campaignId}. Not safe to replay: Pacer never resends it after a
   * network error. Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @POST("campaign/api/v1/public/{streamId}/campaign/{campaignId}?campaignType=voice&trigger=play")
  Call<CampaignStart> startVoice(@Path("streamId") String streamId, @Path("campaignId") String campaignId,
      @Header("iId") String iId, @Body Map<String, Object> emptyBody);

  /** {@link #startVoice} with the empty JSON object Kore's page sends as body. */
  default Call<CampaignStart> startVoice(String streamId, String campaignId) {
    return startVoice(streamId, campaignId, streamId, Map.of());
  }

  /**
   * Every contact list of voice campaigns ({@code type=call}). Limit: shared <b>60/min</b> per
   * account (rule {@code account-per-minute}).
   */
  @POST("campaign/api/v2/public/{streamId}/campaign/contactList/getAllListDetails?type=call")
  Call<KoreEnvelope<List<ContactList>>> contactLists(@Path("streamId") String streamId, @Header("iId") String iId,
      @Query("accountId") String accountId);

  /** {@link #contactLists} with {@code streamId} as the {@code iId} header too. */
  default Call<KoreEnvelope<List<ContactList>>> contactLists(String streamId, String accountId) {
    return contactLists(streamId, streamId, accountId);
  }
}
