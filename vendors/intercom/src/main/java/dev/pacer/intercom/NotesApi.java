package dev.pacer.intercom;

import dev.pacer.intercom.model.Note;
import dev.pacer.intercom.model.IntercomList;
import dev.pacer.intercom.model.NoteRequest;
import retrofit2.Call;
import retrofit2.http.Body;
import retrofit2.http.GET;
import retrofit2.http.POST;
import retrofit2.http.Path;

/** Notes admins leave on contacts, typed after API version 2.16. Get one from {@link IntercomClient#notes()}. */
public interface NotesApi {

  /** The notes on the contact {@code contactId}, newest first. */
  @GET("contacts/{contact_id}/notes")
  Call<IntercomList<Note>> list(@Path("contact_id") String contactId);

  /** Adds a note to the contact {@code contactId}. */
  @POST("contacts/{contact_id}/notes")
  Call<Note> create(@Path("contact_id") String contactId, @Body NoteRequest request);

  /** The note {@code noteId}. */
  @GET("notes/{note_id}")
  Call<Note> get(@Path("note_id") String noteId);
}
