package dev.pacer.intercom.model;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import dev.pacer.vendor.support.Copies;
import java.util.List;

/**
 * The first few objects attached to a contact (its tags, notes or companies), with the URL of
 * the full list.
 *
 * @param type the object type, {@code list}
 * @param data the first objects; empty when absent
 * @param url the path of the full list
 * @param totalCount how many objects there are in all
 * @param hasMore whether the full list holds more than {@code data}
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AddressableList(
    String type,
    List<Addressable> data,
    String url,
    Integer totalCount,
    Boolean hasMore) {
  public AddressableList {
    data = Copies.listOrEmpty(data);
  }
}
