package dev.pacer.nylas;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.pacer.nylas.model.Availability;
import dev.pacer.nylas.model.AvailabilityOptions;
import dev.pacer.nylas.model.AvailabilityRequest;
import dev.pacer.nylas.model.Calendar;
import dev.pacer.nylas.model.CalendarInput;
import dev.pacer.nylas.model.ConsecutiveAvailabilityRequest;
import dev.pacer.nylas.model.ConsecutiveSlot;
import dev.pacer.nylas.model.Event;
import dev.pacer.nylas.model.EventFilter;
import dev.pacer.nylas.model.EventInput;
import dev.pacer.nylas.model.EventParticipant;
import dev.pacer.nylas.model.EventRecurrence;
import dev.pacer.nylas.model.EventWhen;
import dev.pacer.nylas.model.FreeBusy;
import dev.pacer.nylas.model.FreeBusyRequest;
import dev.pacer.nylas.model.OpenHours;
import dev.pacer.nylas.model.RoomResource;
import dev.pacer.nylas.model.RsvpRequest;
import dev.pacer.nylas.model.TimeSlot;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AutoClose;
import org.junit.jupiter.api.Test;

final class CalendarsAndEventsWireTest {
  private static final String CALENDAR = """
      {"id": "cal-1", "object": "calendar", "account_id": "acc-1", "name": "Work", "description": null,
       "location": null, "timezone": "America/Chicago", "read_only": false, "is_primary": true}""";
  private static final String EVENT = """
      {"id": "evt-1", "object": "event", "account_id": "acc-1", "calendar_id": "cal-1", "ical_uid": "u1@example.com",
       "title": "Launch review", "owner": "Ada <ada@example.com>", "busy": true, "read_only": false,
       "status": "confirmed", "participants": [{"name": "Bo", "email": "bo@example.com", "status": "yes"}],
       "when": {"object": "timespan", "start_time": 1409594400, "end_time": 1409598000},
       "metadata": {"crm_id": "42"}, "conferencing": {"provider": "WebEx", "details": {"url": "https://x.example/j"}}}""";

  @AutoClose private final MockNylas nylas = MockNylas.start();
  private final CalendarsApi calendars = nylas.account().calendars();
  private final EventsApi events = nylas.account().events();

  @Test
  void calendarsAreListedAndParsed() throws Exception {
    Calendar c = nylas.exchange(calendars.list(20, 40), "[" + CALENDAR + "]", "GET", "/calendars?limit=20&offset=40", null).get(0);
    assertEquals(new Calendar("cal-1", "calendar", "acc-1", "Work", null, null, "America/Chicago", false, true, null), c);
    assertEquals(List.of(), nylas.exchange(calendars.list(), "[]", "GET", "/calendars", null));
  }

  @Test
  void aCalendarIsCreatedReadChangedAndDeletedInTheBackground() throws Exception {
    String created = nylas.exchange(calendars.create(CalendarInput.named("Work")), CALENDAR, "POST", "/calendars",
        "{\"name\": \"Work\"}").id();
    assertEquals("cal-1", created);
    assertTrue(nylas.exchange(calendars.get("cal-1"), CALENDAR, "GET", "/calendars/cal-1", null).isPrimary());
    nylas.exchange(calendars.update("cal-1", new CalendarInput(null, "Team", "Chicago", "America/Chicago")), CALENDAR,
        "PUT", "/calendars/cal-1", "{\"description\": \"Team\", \"location\": \"Chicago\", \"timezone\": \"America/Chicago\"}");
    assertEquals("job-2", nylas.exchange(calendars.delete("cal-1"), "{\"job_status_id\": \"job-2\"}",
        "DELETE", "/calendars/cal-1", null).jobStatusId());
  }

  @Test
  void freeBusySendsTheWindowAsUnixSecondsInText() throws Exception {
    FreeBusyRequest request = FreeBusyRequest.of("nyla@example.com", Instant.ofEpochSecond(1409594400),
        Instant.ofEpochSecond(1409598000));
    List<FreeBusy> answer = nylas.exchange(calendars.freeBusy(request), """
        [{"object": "free_busy", "email": "nyla@example.com", "time_slots": [
          {"object": "time_slot", "status": "busy", "start_time": 1409594400, "end_time": 1409598000}]}]""",
        "POST", "/calendars/free-busy",
        "{\"start_time\": \"1409594400\", \"end_time\": \"1409598000\", \"emails\": [\"nyla@example.com\"]}");
    assertEquals(List.of(new TimeSlot("time_slot", "busy", Instant.ofEpochSecond(1409594400), Instant.ofEpochSecond(1409598000))),
        answer.get(0).timeSlots());
    assertThrows(IllegalArgumentException.class,
        () -> FreeBusyRequest.of("a@example.com", Instant.ofEpochSecond(5), Instant.ofEpochSecond(5)));
  }

  @Test
  void availabilityAsksWithTheOptionsBesideTheEmails() throws Exception {
    AvailabilityOptions options = AvailabilityOptions.of(Duration.ofMinutes(30), Instant.ofEpochSecond(1605794400),
        Instant.ofEpochSecond(1605826800), Duration.ofMinutes(10))
        .withOpenHours(List.of(OpenHours.of(List.of("nyla@example.com"), List.of(0, 1), "America/Chicago", "10:00", "14:00")))
        .withTentativeBusy(true);
    Availability answer = nylas.exchange(calendars.availability(new AvailabilityRequest(options, List.of("nyla@example.com"))), """
        {"object": "availability", "time_slots": [{"object": "time_slot", "status": "free", "start": 1605801600, "end": 1605803400}]}""",
        "POST", "/calendars/availability", """
        {"duration_minutes": 30, "start_time": 1605794400, "end_time": 1605826800, "interval_minutes": 10,
         "free_busy": [], "open_hours": [{"emails": ["nyla@example.com"], "days": [0, 1], "timezone": "America/Chicago",
         "start": "10:00", "end": "14:00", "object_type": "open_hours"}], "tentative_busy": true,
         "emails": ["nyla@example.com"]}""");
    assertEquals(List.of(new TimeSlot("time_slot", "free", Instant.ofEpochSecond(1605801600), Instant.ofEpochSecond(1605803400))),
        answer.timeSlots());
    assertThrows(IllegalArgumentException.class, () -> AvailabilityOptions.of(Duration.ofMinutes(30),
        Instant.ofEpochSecond(9), Instant.ofEpochSecond(9), Duration.ofMinutes(10)));
  }

  @Test
  void consecutiveAvailabilityAnswersItinerariesOfMeetings() throws Exception {
    AvailabilityOptions options = AvailabilityOptions.of(Duration.ofMinutes(30), Instant.ofEpochSecond(1605794400),
        Instant.ofEpochSecond(1605826800), Duration.ofMinutes(10));
    ConsecutiveAvailabilityRequest request = new ConsecutiveAvailabilityRequest(options,
        List.of(List.of("kat@example.com"), List.of("dorothy@example.com")), 15);
    List<List<ConsecutiveSlot>> itineraries = nylas.exchange(calendars.consecutiveAvailability(request), """
        [[{"emails": ["kat@example.com"], "start_time": 1605792600, "end_time": 1605794400},
          {"emails": ["dorothy@example.com"], "start_time": 1605794400, "end_time": 1605796200}]]""",
        "POST", "/calendars/availability/consecutive", """
        {"duration_minutes": 30, "start_time": 1605794400, "end_time": 1605826800, "interval_minutes": 10,
         "free_busy": [], "emails": [["kat@example.com"], ["dorothy@example.com"]], "buffer": 15}""");
    assertEquals(2, itineraries.get(0).size());
    assertEquals(new ConsecutiveSlot(List.of("dorothy@example.com"), Instant.ofEpochSecond(1605794400),
        Instant.ofEpochSecond(1605796200)), itineraries.get(0).get(1));
  }

  @Test
  void roomResourcesAreListed() throws Exception {
    List<RoomResource> rooms = nylas.exchange(calendars.roomResources(10), """
        [{"object": "room_resource", "email": "room-1a@example.com", "name": "Room 1A", "capacity": "8",
          "building": "West", "floor_name": "7", "floor_number": "7"}]""", "GET", "/resources?limit=10", null);
    assertEquals(new RoomResource("room_resource", "room-1a@example.com", "Room 1A", "8", "West", "7", "7"), rooms.get(0));
    nylas.exchange(calendars.roomResources(null), "[]", "GET", "/resources", null);
  }

  @Test
  void eventsAreListedWithEveryFilter() throws Exception {
    EventFilter filter = EventFilter.builder().eventId("evt-1").calendarId("cal-1").title("Launch review")
        .description("d").location("Rink").startsBefore(Instant.ofEpochSecond(4)).startsAfter(Instant.ofEpochSecond(3))
        .endsBefore(Instant.ofEpochSecond(2)).endsAfter(Instant.ofEpochSecond(1)).metadataKey("k").metadataValue("v")
        .metadataPair("k", "v").busy(true).expandRecurring(true).showCancelled(false).limit(50).offset(100).build();
    Event e = nylas.exchange(events.list(filter), "[" + EVENT + "]", "GET",
        "/events?event_id=evt-1&calendar_id=cal-1&title=Launch review&description=d&location=Rink&starts_before=4"
            + "&starts_after=3&ends_before=2&ends_after=1&metadata_key=k&metadata_value=v&metadata_pair=k:v&busy=true"
            + "&expand_recurring=true&show_cancelled=false&limit=50&offset=100", null).get(0);
    assertEquals(Long.valueOf(1409594400), e.when().startTime());
    assertNull(e.when().date());
    assertEquals(List.of(new EventParticipant("Bo", "bo@example.com", "yes", null)), e.participants());
    assertEquals(Map.of("crm_id", "42"), e.metadata());
    assertEquals("WebEx", e.conferencing().get("provider").asText());
    assertEquals(List.of(), e.notifications());
  }

  @Test
  void anEventIsCreatedReadChangedAndDeletedWithOrWithoutNotice() throws Exception {
    JsonNode autocreate = MockNylas.json("{\"provider\": \"Zoom Meeting\", \"autocreate\": {}}");
    EventInput input = EventInput.builder()
        .calendarId("cal-1")
        .title("Launch review")
        .when(EventWhen.timespan(Instant.ofEpochSecond(1409594400), Instant.ofEpochSecond(1409598000)).inZone("Europe/Paris"))
        .participants(List.of(EventParticipant.of("Bo", "bo@example.com")))
        .recurrence(new EventRecurrence(List.of("RRULE:FREQ=WEEKLY;BYDAY=MO"), "Europe/Paris"))
        .conferencing(autocreate)
        .busy(true)
        .metadata(Map.of("crm_id", "42"))
        .build();
    nylas.exchange(events.create(input, true), EVENT, "POST", "/events?notify_participants=true", """
        {"calendar_id": "cal-1", "title": "Launch review", "busy": true,
         "when": {"start_time": 1409594400, "end_time": 1409598000, "start_timezone": "Europe/Paris", "end_timezone": "Europe/Paris"},
         "participants": [{"name": "Bo", "email": "bo@example.com"}],
         "recurrence": {"rrule": ["RRULE:FREQ=WEEKLY;BYDAY=MO"], "timezone": "Europe/Paris"},
         "conferencing": {"provider": "Zoom Meeting", "autocreate": {}}, "metadata": {"crm_id": "42"}}""");
    nylas.exchange(events.create(EventInput.builder().calendarId("cal-1").when(EventWhen.date(LocalDate.of(1912, 6, 23))).build()),
        EVENT, "POST", "/events", "{\"calendar_id\": \"cal-1\", \"when\": {\"date\": \"1912-06-23\"}}");
    assertEquals("Launch review", nylas.exchange(events.get("evt-1"), EVENT, "GET", "/events/evt-1", null).title());
    nylas.exchange(events.update("evt-1", EventInput.builder().location("Room 4").build(), false), EVENT,
        "PUT", "/events/evt-1?notify_participants=false", "{\"location\": \"Room 4\"}");
    nylas.exchange(events.update("evt-1", EventInput.builder().when(EventWhen.time(Instant.ofEpochSecond(9))).build()), EVENT,
        "PUT", "/events/evt-1", "{\"when\": {\"time\": 9}}");
    assertNull(nylas.exchange(events.delete("evt-1", true), null, "DELETE", "/events/evt-1?notify_participants=true", null));
    assertNull(nylas.exchange(events.delete("evt-1"), null, "DELETE", "/events/evt-1", null));
    // The input keeps its own copy of the JSON it was given.
    ((com.fasterxml.jackson.databind.node.ObjectNode) autocreate).put("provider", "changed");
    assertEquals("Zoom Meeting", input.conferencing().get("provider").asText());
  }

  @Test
  void anInvitationIsAnswered() throws Exception {
    Event answered = nylas.exchange(events.sendRsvp(new RsvpRequest("evt-1", "maybe", "acc-1")), EVENT,
        "POST", "/send-rsvp", "{\"event_id\": \"evt-1\", \"status\": \"maybe\", \"account_id\": \"acc-1\"}");
    assertEquals("evt-1", answered.id());
    assertEquals("status is not yes, no or maybe: noreply",
        assertThrows(IllegalArgumentException.class, () -> new RsvpRequest("evt-1", "noreply", "acc-1")).getMessage());
  }

  @Test
  void wholeDaysAndSpansAreDates() {
    EventWhen span = EventWhen.datespan(LocalDate.of(1815, 12, 10), LocalDate.of(1852, 11, 27));
    assertEquals("1815-12-10", span.startDate());
    assertEquals("1852-11-27", span.endDate());
    assertThrows(IllegalArgumentException.class, () -> EventWhen.datespan(LocalDate.of(2, 1, 1), LocalDate.of(1, 1, 1)));
    assertThrows(IllegalStateException.class, () -> span.inZone("UTC"));
  }
}
