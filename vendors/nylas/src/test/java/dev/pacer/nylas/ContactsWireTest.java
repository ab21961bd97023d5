package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.pacer.nylas.model.Contact;
import dev.pacer.nylas.model.ContactEmail;
import dev.pacer.nylas.model.ContactFilter;
import dev.pacer.nylas.model.ContactGroup;
import dev.pacer.nylas.model.ContactInput;
import dev.pacer.nylas.model.ContactPhoneNumber;
import java.util.List;
import mockwebserver3.MockResponse;
import mockwebserver3.RecordedRequest;
import okhttp3.ResponseBody;
import okio.Buffer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

final class ContactsWireTest {
  private MockNylas nylas;
  private ContactsApi contacts;

  @BeforeEach
  void setUp() throws Exception {
    nylas = new MockNylas();
    contacts = nylas.account().contacts();
  }

  @AfterEach
  void tearDown() {
    nylas.close();
  }

  @Test
  void listSendsEveryFilterAndParsesContacts() throws Exception {
    nylas.enqueueJson("[" + Fixtures.CONTACT + "]");
    ContactFilter filter = ContactFilter.builder()
        .email("kj@example.com")
        .phoneNumber("4158889990")
        .streetAddress("1 Langley Blvd")
        .postalCode("23681")
        .state("VA")
        .country("US")
        .source("address_book")
        .group("grp-1")
        .recurse(true)
        .limit(10)
        .offset(20)
        .build();

    Contact c = nylas.client.execute(contacts.list(filter)).get(0);

    nylas.takeAccountRequest("GET", "/contacts?email=kj@example.com&phone_number=4158889990"
        + "&street_address=1 Langley Blvd&postal_code=23681&state=VA&country=US&source=address_book"
        + "&group=grp-1&recurse=true&limit=10&offset=20");
    assertEquals("Katherine", c.givenName());
    assertEquals("1918-08-26", c.birthday());
    assertEquals("kj@example.com", c.emails().get(0).email());
    assertEquals("mobile", c.phoneNumbers().get(0).type());
    assertEquals("Hampton", c.physicalAddresses().get(0).city());
    assertEquals("kj@jabber.example", c.imAddresses().get(0).imAddress());
    assertEquals("https://example.com/kj", c.webPages().get(0).url());
    assertEquals("Team", c.groups().get(0).name());
    assertEquals("address_book", c.source());
    assertNull(c.middleName());
  }

  @Test
  void createSendsWritableFieldsOnly() throws Exception {
    nylas.enqueueJson(Fixtures.CONTACT);
    ContactInput input = ContactInput.builder()
        .givenName("Katherine")
        .surname("Johnson")
        .emails(List.of(new ContactEmail("work", "kj@example.com")))
        .phoneNumbers(List.of(new ContactPhoneNumber("mobile", "+1 555 0100")))
        .group("grp-1")
        .build();
    assertEquals("con-1", nylas.client.execute(contacts.create(input)).id());
    RecordedRequest r = nylas.takeAccountRequest("POST", "/contacts");
    assertEquals(MockNylas.json("""
        {"given_name": "Katherine", "surname": "Johnson",
         "emails": [{"type": "work", "email": "kj@example.com"}],
         "phone_numbers": [{"type": "mobile", "number": "+1 555 0100"}],
         "group": "grp-1"}"""), MockNylas.bodyJson(r));
  }

  @Test
  void getUpdateAndDelete() throws Exception {
    nylas.enqueueJson(Fixtures.CONTACT);
    nylas.enqueueJson(Fixtures.CONTACT);
    nylas.enqueue(new MockResponse.Builder().code(200).build());

    assertEquals("NASA", nylas.client.execute(contacts.get("con-1")).companyName());
    nylas.takeAccountRequest("GET", "/contacts/con-1");

    nylas.client.execute(contacts.update("con-1", ContactInput.builder().jobTitle("Mathematician").build()));
    RecordedRequest put = nylas.takeAccountRequest("PUT", "/contacts/con-1");
    assertEquals(MockNylas.json("{\"job_title\": \"Mathematician\"}"), MockNylas.bodyJson(put));

    assertNull(nylas.client.execute(contacts.delete("con-1")));
    nylas.takeAccountRequest("DELETE", "/contacts/con-1");
  }

  @Test
  void groupsAreListed() throws Exception {
    nylas.enqueueJson("[{\"id\": \"grp-1\", \"object\": \"contact_group\", \"account_id\": \"acc-1\","
        + " \"name\": \"Child\", \"path\": \"Parent/Child\"}]");
    List<ContactGroup> groups = nylas.client.execute(contacts.groups());
    nylas.takeAccountRequest("GET", "/contacts/groups");
    assertEquals("Parent/Child", groups.get(0).path());
  }

  @Test
  void pictureIsStreamedAsBytes() throws Exception {
    byte[] png = {(byte) 0x89, 'P', 'N', 'G', 0, 1, 2, 3};
    nylas.enqueue(new MockResponse.Builder().code(200).setHeader("Content-Type", "image/png")
        .body(new Buffer().write(png)).build());
    try (ResponseBody body = nylas.client.execute(contacts.picture("con-1"))) {
      assertArrayEquals(png, body.bytes());
      assertEquals("image/png", String.valueOf(body.contentType()));
    }
    nylas.takeAccountRequest("GET", "/contacts/con-1/picture");
  }
}
