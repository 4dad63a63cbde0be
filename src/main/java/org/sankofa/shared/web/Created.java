package org.sankofa.shared.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/** The body of an API answer that made something: its id. */
public record Created(long id) {

    /** 201 Created, with the new thing's address ({@code collection/id}) in Location and its id in the body. */
    public static ResponseEntity<Created> in(String collection, long id) {
        return ResponseEntity.created(URI.create(collection + "/" + id)).body(new Created(id));
    }
}
