package dev.pacer.koreccai;

import dev.pacer.koreccai.model.Contact;
import dev.pacer.koreccai.model.ContactInput;
import java.util.List;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.POST;
import retrofit2.http.Path;

/**
 * Kore.ai CCAI's contacts public API. Get one from {@link KoreCcaiClient#contacts()}. Counts against
 * the account's one shared limit of <b>60 requests per minute</b> (rule {@code account-per-minute},
 * see {@link KoreCcaiPolicy}).
 */
public interface ContactsApi {
  /**
   * Creates the {@code contacts} (one request, one permit, however many contacts) and returns them
   * as stored. Limit: shared <b>60/min</b> per account (rule {@code account-per-minute}).
   */
  @POST("agentassist/api/v1/public/{streamId}/contacts")
  Call<List<Contact>> create(@Path("streamId") String streamId, @Body List<ContactInput> contacts);
}
