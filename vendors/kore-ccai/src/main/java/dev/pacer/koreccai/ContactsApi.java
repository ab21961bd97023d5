package dev.pacer.koreccai;

import dev.pacer.koreccai.model.Contact;
import dev.pacer.koreccai.model.ContactInput;
import java.util.List;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.RequestBody;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.Multipart;
import retrofit2.http.POST;
import retrofit2.http.Part;
import retrofit2.http.Path;

/**
 * Kore.ai CCAI's contacts public APIs ("Create a Contact by Giving Details", "Create Bulk
 * Contacts"). Get one from {@link KoreCcaiClient#contacts()}. Each counts against
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

  /** The form field Kore's "Create Bulk Contacts" reads the CSV file from. */
  String CSV_FIELD = "result_file";

  /**
   * Creates the contacts of a CSV file (columns {@code firstName}, {@code lastName}, {@code
   * salutation}, {@code cellPhoneNumber}, {@code cellPhoneCountryCode}, {@code
   * cellPhoneExtension}) sent as a multipart form, one request for the whole file, and returns
   * them as stored. Not safe to replay: Pacer never resends it after a network error. Limit:
   * shared <b>60/min</b> per account (rule {@code account-per-minute}).
   *
   * @param file the form part; {@link #importCsv(String, String, byte[])} builds it
   */
  @Multipart
  @POST("agentassist/api/v1/public/{streamId}/contacts/import-contacts")
  Call<List<Contact>> importCsv(@Path("streamId") String streamId, @Part MultipartBody.Part file);

  /** {@link #importCsv(String, MultipartBody.Part)} for the CSV bytes {@code csv}, named {@code fileName}. */
  default Call<List<Contact>> importCsv(String streamId, String fileName, byte[] csv) {
    return importCsv(streamId, MultipartBody.Part.createFormData(CSV_FIELD, fileName,
        RequestBody.create(csv, MediaType.get("text/csv"))));
  }
}
