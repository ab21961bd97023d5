package dev.pacer.intercom.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.pacer.vendor.support.Copies;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The body of {@code POST /tags}, which does one of four things: creates a tag, renames one,
 * tags (or untags) companies, or tags contacts. Immutable.
 *
 * <pre>{@code
 * TagRequest.create("vip");
 * TagRequest.tagCompanies("vip", List.of("6762f0761bb69f9f2193bae2"));
 * TagRequest.tagContacts("vip", List.of("6762f0dd1bb69f9f2193bb83"));
 * }</pre>
 *
 * @param name the tag's name
 * @param id the tag's id when renaming it, or null
 * @param companies the companies to tag or untag, or null
 * @param users the contacts to tag, or null
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record TagRequest(String name, String id, List<Target> companies, List<Target> users) {
  public TagRequest {
    Objects.requireNonNull(name, "name == null");
    companies = Copies.listOrNull(companies);
    users = Copies.listOrNull(users);
  }

  /** Creates the tag {@code name} (or finds it if it exists). */
  public static TagRequest create(String name) {
    return new TagRequest(name, null, null, null);
  }

  /** Renames the tag with id {@code id} to {@code name}. */
  public static TagRequest rename(String id, String name) {
    return new TagRequest(name, Objects.requireNonNull(id, "id == null"), null, null);
  }

  /** Tags the companies with Intercom ids {@code companyIds} with {@code name}, creating the tag if needed. */
  public static TagRequest tagCompanies(String name, List<String> companyIds) {
    return new TagRequest(name, null, targets(companyIds, null), null);
  }

  /** Removes the tag {@code name} from the companies with Intercom ids {@code companyIds}. */
  public static TagRequest untagCompanies(String name, List<String> companyIds) {
    return new TagRequest(name, null, targets(companyIds, Boolean.TRUE), null);
  }

  /** Tags the contacts with Intercom ids {@code contactIds} with {@code name}. */
  public static TagRequest tagContacts(String name, List<String> contactIds) {
    return new TagRequest(name, null, null, targets(contactIds, null));
  }

  private static List<Target> targets(List<String> ids, Boolean untag) {
    Objects.requireNonNull(ids, "ids == null");
    if (ids.isEmpty()) throw new IllegalArgumentException("ids is empty");
    List<Target> out = new ArrayList<>(ids.size());
    for (String id : ids) out.add(new Target(Objects.requireNonNull(id, "id == null"), untag));
    return List.copyOf(out);
  }

  @Override
  public String toString() {
    return "TagRequest{name=" + name + "}";
  }

  /**
   * A company or contact to tag or untag.
   *
   * @param id its Intercom id
   * @param untag true to remove the tag; null to add it
   */
  @JsonInclude(JsonInclude.Include.NON_NULL)
  public record Target(String id, Boolean untag) {}
}
