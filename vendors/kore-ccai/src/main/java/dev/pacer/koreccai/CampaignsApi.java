package dev.pacer.koreccai;

import dev.pacer.koreccai.model.Campaign;
import dev.pacer.koreccai.model.CampaignContact;
import dev.pacer.koreccai.model.CampaignContactsQuery;
import dev.pacer.koreccai.model.CampaignInput;
import dev.pacer.koreccai.model.CampaignQuery;
import dev.pacer.koreccai.model.CampaignStart;
import dev.pacer.koreccai.model.CampaignStatus;
import dev.pacer.koreccai.model.CampaignType;
import dev.pacer.koreccai.model.ContactList;
import dev.pacer.koreccai.model.ContactListAddition;
import dev.pacer.koreccai.model.ContactListChange;
import dev.pacer.koreccai.model.ContactListInput;
import dev.pacer.koreccai.model.ContactListUpdate;
import dev.pacer.koreccai.model.KoreEnvelope;
import dev.pacer.koreccai.model.KoreMessage;
import dev.pacer.koreccai.model.OutboundSms;
import dev.pacer.koreccai.model.ResultPage;
import java.util.List;
import java.util.Map;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.DELETE;
import retrofit2.http.GET;
import retrofit2.http.Header;
import retrofit2.http.POST;
import retrofit2.http.PUT;
import retrofit2.http.Path;
import retrofit2.http.Query;

/**
 * Kore.ai CCAI's campaign management APIs: SMS and voice campaigns (create, get, update, delete,
 * start, stop; the v2 calls, and v1 for start and stop), campaign status and list, contact lists,
 * and "Send Outbound SMS". Get one from {@link KoreCcaiClient#campaigns()}. {@code streamId}
 * travels in the path and as the {@code iId} header; {@code accountId} also as a query parameter
 * where Kore's pages put it. The create, update and delete calls answer with the campaign in
 * Kore's {@code {status, message, data}} envelope.
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

  /** The {@code trigger} that starts a campaign. */
  String PLAY = "play";
  /** The {@code trigger} that stops a campaign. */
  String STOP = "stop";

  /**
   * Creates a campaign of {@code campaignType}: "Create SMS Campaign" (without template, using
   * template, advanced format) and "Create Voice Campaign" (agentless, progressive, preview mode),
   * v2. Kore's advanced-format page prints the path without {@code /campaign} ({@code
   * /api/v2/public/...}) while its other create pages and the update call use this one. Not safe
   * to replay: Pacer never resends it after a network error. Limit: shared <b>60/min</b> per
   * account (rule {@code account-per-minute}).
   */
  @POST("campaign/api/v2/public/{streamId}/campaign")
  Call<KoreEnvelope<Campaign>> create(@Path("streamId") String streamId, @Header("iId") String iId,
      @Query("accountId") String accountId, @Query("campaignType") CampaignType campaignType,
      @Body CampaignInput campaign);

  /** {@link #create} of {@code campaign}'s type, with {@code streamId} as the {@code iId} header. */
  default Call<KoreEnvelope<Campaign>> create(String streamId, String accountId, CampaignInput campaign) {
    return create(streamId, streamId, accountId, campaign.campaignType(), campaign);
  }

  /**
   * The campaign {@code campaignId}, SMS or voice ("Get SMS Campaign by ID", "Get Voice Campaign by
   * ID", v2). Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @GET("campaign/api/v2/public/{streamId}/campaign/{campaignId}")
  Call<KoreEnvelope<Campaign>> get(@Path("streamId") String streamId, @Path("campaignId") String campaignId,
      @Header("iId") String iId, @Query("accountId") String accountId);

  /** {@link #get} with {@code streamId} as the {@code iId} header. */
  default Call<KoreEnvelope<Campaign>> get(String streamId, String campaignId, String accountId) {
    return get(streamId, campaignId, streamId, accountId);
  }

  /**
   * Replaces campaign {@code campaignId}'s settings ("Update SMS Campaign", "Update Voice
   * Campaign", v2). Kore's voice page prints {@code campaignType=sms} in its URL but says to use
   * {@code voice}; this sends the campaign's own type. Limit: shared <b>60/min</b> per account
   * (rule {@code account-per-minute}).
   */
  @PUT("campaign/api/v2/public/{streamId}/campaign/{campaignId}")
  Call<KoreEnvelope<Campaign>> update(@Path("streamId") String streamId, @Path("campaignId") String campaignId,
      @Header("iId") String iId, @Query("accountId") String accountId, @Query("campaignType") CampaignType campaignType,
      @Body CampaignInput campaign);

  /** {@link #update} of {@code campaign}'s type, with {@code streamId} as the {@code iId} header. */
  default Call<KoreEnvelope<Campaign>> update(String streamId, String campaignId, String accountId,
      CampaignInput campaign) {
    return update(streamId, campaignId, streamId, accountId, campaign.campaignType(), campaign);
  }

  /**
   * Deletes campaign {@code campaignId}; Kore answers with the deleted campaign ("Delete SMS
   * Campaign", "Delete Voice Campaign", v2). Limit: shared <b>60/min</b> per account (rule {@code
   * account-per-minute}).
   */
  @DELETE("campaign/api/v2/public/{streamId}/campaign/{campaignId}")
  Call<KoreEnvelope<Campaign>> delete(@Path("streamId") String streamId, @Path("campaignId") String campaignId,
      @Header("iId") String iId, @Query("accountId") String accountId, @Query("campaignType") CampaignType campaignType);

  /** {@link #delete} with {@code streamId} as the {@code iId} header. */
  default Call<KoreEnvelope<Campaign>> delete(String streamId, String campaignId, String accountId,
      CampaignType campaignType) {
    return delete(streamId, campaignId, streamId, accountId, campaignType);
  }

  /**
   * Starts ({@link #PLAY}) or stops ({@link #STOP}) campaign {@code campaignId} of {@code
   * campaignType} (v1 "Start/Stop SMS Campaign", "Start/Stop Voice Campaign"; the v2 stop page
   * prints a path with an empty segment, {@code campaign//trigger/...}, so v1 is used for both).
   * Not safe to replay: Pacer never resends it after a network error. Limit: shared <b>60/min</b>
   * per account (rule {@code account-per-minute}).
   */
  @POST("campaign/api/v1/public/{streamId}/campaign/{campaignId}")
  Call<CampaignStart> trigger(@Path("streamId") String streamId, @Path("campaignId") String campaignId,
      @Header("iId") String iId, @Query("campaignType") CampaignType campaignType, @Query("trigger") String trigger,
      @Body Map<String, Object> emptyBody);

  /** Starts SMS campaign {@code campaignId} ({@link #trigger} with {@link #PLAY}). */
  default Call<CampaignStart> startSms(String streamId, String campaignId) {
    return trigger(streamId, campaignId, streamId, CampaignType.SMS, PLAY, Map.of());
  }

  /** Stops SMS campaign {@code campaignId} ({@link #trigger} with {@link #STOP}). */
  default Call<CampaignStart> stopSms(String streamId, String campaignId) {
    return trigger(streamId, campaignId, streamId, CampaignType.SMS, STOP, Map.of());
  }

  /** Stops voice campaign {@code campaignId} ({@link #trigger} with {@link #STOP}). */
  default Call<CampaignStart> stopVoice(String streamId, String campaignId) {
    return trigger(streamId, campaignId, streamId, CampaignType.VOICE, STOP, Map.of());
  }

  /**
   * Texts {@code sms.toNo()} through the experience flow attached to {@code sms.fromNo()} ("Send
   * Outbound SMS", scope "Outbound SMS"). Not safe to replay: Pacer never resends it after a
   * network error. Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @POST("api/public/bot/{botId}/outboundsms")
  Call<KoreMessage> sendOutboundSms(@Path("botId") String botId, @Body OutboundSms sms);

  /**
   * One page of voice campaign {@code campaignId}'s contacts and how dialling them went ("Get All
   * Contact Details - Voice Campaigns", v2). Limit: shared <b>60/min</b> per account (rule {@code
   * account-per-minute}).
   */
  @POST("campaign/api/v2/public/{streamId}/campaign/{campaignId}/status?view=contacts")
  Call<KoreEnvelope<ResultPage<CampaignContact>>> contacts(@Path("streamId") String streamId,
      @Path("campaignId") String campaignId, @Header("iId") String iId, @Body CampaignContactsQuery page);

  /** {@link #contacts} with {@code streamId} as the {@code iId} header. */
  default Call<KoreEnvelope<ResultPage<CampaignContact>>> contacts(String streamId, String campaignId,
      CampaignContactsQuery page) {
    return contacts(streamId, campaignId, streamId, page);
  }

  /**
   * Creates a contact list filled through the API ("Create Contact List", v2). Limit: shared
   * <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @POST("campaign/api/v2/public/{streamId}/campaign/contactList/createContactList")
  Call<KoreEnvelope<ContactList>> createContactList(@Path("streamId") String streamId, @Header("iId") String iId,
      @Query("accountId") String accountId, @Body ContactListInput list);

  /** {@link #createContactList} with {@code streamId} as the {@code iId} header. */
  default Call<KoreEnvelope<ContactList>> createContactList(String streamId, String accountId, ContactListInput list) {
    return createContactList(streamId, streamId, accountId, list);
  }

  /**
   * Renames or redescribes contact list {@code contactListId} ("Update Contact List", v2). Limit:
   * shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @PUT("campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}")
  Call<KoreEnvelope<ContactListChange>> updateContactList(@Path("streamId") String streamId,
      @Path("contactListId") String contactListId, @Header("iId") String iId, @Query("accountId") String accountId,
      @Body ContactListUpdate update);

  /** {@link #updateContactList} with {@code streamId} as the {@code iId} header. */
  default Call<KoreEnvelope<ContactListChange>> updateContactList(String streamId, String contactListId,
      String accountId, ContactListUpdate update) {
    return updateContactList(streamId, contactListId, streamId, accountId, update);
  }

  /**
   * The contact list {@code contactListId} ("Get Contact List Details", v2). Limit: shared
   * <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @GET("campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}")
  Call<KoreEnvelope<ContactList>> contactList(@Path("streamId") String streamId,
      @Path("contactListId") String contactListId, @Header("iId") String iId, @Query("accountId") String accountId);

  /** {@link #contactList} with {@code streamId} as the {@code iId} header. */
  default Call<KoreEnvelope<ContactList>> contactList(String streamId, String contactListId, String accountId) {
    return contactList(streamId, contactListId, streamId, accountId);
  }

  /**
   * Deletes contact list {@code contactListId}; Kore answers with the deleted list ("Delete Contact
   * List Details", v2). Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @DELETE("campaign/api/v2/public/{streamId}/campaign/contactList/{contactListId}")
  Call<KoreEnvelope<ContactList>> deleteContactList(@Path("streamId") String streamId,
      @Path("contactListId") String contactListId, @Header("iId") String iId, @Query("accountId") String accountId);

  /** {@link #deleteContactList} with {@code streamId} as the {@code iId} header. */
  default Call<KoreEnvelope<ContactList>> deleteContactList(String streamId, String contactListId, String accountId) {
    return deleteContactList(streamId, contactListId, streamId, accountId);
  }

  /**
   * Adds contacts to the contact list {@code addition} names; Kore answers at once and adds them
   * in the background ("Add Contacts to a Contact List"; its path is {@code /api/1.1/public/...}).
   * Not safe to replay: Pacer never resends it after a network error. Limit: shared <b>60/min</b>
   * per account (rule {@code account-per-minute}).
   */
  @POST("api/1.1/public/{streamId}/campaign/contactList/addContacts")
  Call<KoreMessage> addContacts(@Path("streamId") String streamId, @Header("iId") String iId,
      @Body ContactListAddition addition);

  /** {@link #addContacts} with {@code streamId} as the {@code iId} header. */
  default Call<KoreMessage> addContacts(String streamId, ContactListAddition addition) {
    return addContacts(streamId, streamId, addition);
  }
}
