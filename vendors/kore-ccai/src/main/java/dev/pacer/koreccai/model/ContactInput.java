package dev.pacer.koreccai.model;

import java.util.Objects;

/**
 * One contact in the body of "Create a Contact by Giving Details" (the body is an array of
 * these). Kore marks every field required.
 *
 * @param firstName the first name
 * @param lastName the last name
 * @param salutation the salutation, e.g. {@code Mr}
 * @param cellPhone the cell phone (number, country code and extension)
 */
public record ContactInput(String firstName, String lastName, String salutation, CellPhone cellPhone) {
  /** Requires every field. */
  public ContactInput {
    Objects.requireNonNull(firstName, "firstName == null");
    Objects.requireNonNull(lastName, "lastName == null");
    Objects.requireNonNull(salutation, "salutation == null");
    Objects.requireNonNull(cellPhone, "cellPhone == null");
  }
}
