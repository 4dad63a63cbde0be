package org.sankofa.cases.web;

import java.net.URI;

import org.springframework.http.ResponseEntity;

/** The body of an API answer that made something: its id. */
record Created(long id) {

    /** 201 Created, with the new thing's address ({@code collection/id}) in Location and its id in the body. */
    static ResponseEntity<Created> in(String collection, long id) {
        return ResponseEntity.created(URI.create(collection + "/" + id)).body(new Created(id));
    }
}
