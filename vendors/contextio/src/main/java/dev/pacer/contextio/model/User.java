package dev.pacer.contextio.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * A Context.IO Lite user: one user of your application, with the email accounts Context.IO reads
 * for it. Times are Unix seconds.
 *
 * @param id the user's ID, the {@code {id}} of every {@code /lite/users/{id}/...} path
 * @param username the user name Context.IO assigned
 * @param created when the user was created
 * @param suspended when the user was suspended; 0 when not suspended
 * @param emailAddresses the user's email addresses
 * @param firstName the first name
 * @param lastName the last name
 * @param passwordExpired when the password expired; 0 while it is valid
 * @param emailAccounts the user's email accounts, when the server includes them
 * @param resourceUrl the URL of this resource
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record User(String id, String username, Long created, Long suspended, List<String> emailAddresses,
    String firstName, String lastName, Long passwordExpired, List<EmailAccount> emailAccounts, String resourceUrl) {

  /** Copies the lists, so a user is immutable. */
  public User {
    emailAddresses = Copies.listOrNull(emailAddresses);
    emailAccounts = Copies.listOrNull(emailAccounts);
  }
}
