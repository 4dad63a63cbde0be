package org.sankofa.exchange.web;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import org.sankofa.exchange.internal.HtcdsImports;
import org.sankofa.identity.CurrentUser;
import org.sankofa.identity.Roles;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * HTCDS 2.0 imports through the API: an upload accepted as a job (202 and its location), and the job's status. Case
 * supervisors only, into their own office; another office's import is a 404.
 */
@RestController
@PreAuthorize(Roles.SUPERVISORS)
class HtcdsImportController {

    private final HtcdsImports imports;
    private final MessageSource messages;

    HtcdsImportController(HtcdsImports imports, MessageSource messages) {
        this.imports = imports;
        this.messages = messages;
    }

    @PostMapping("/api/v1/imports/htcds")
    @Operation(summary = "Import cases into one's office from the HTCDS 2.0 template (multipart field 'file': XLSX, "
            + "or UTF-8 CSV with the same columns; at most 5 MB and 10,000 rows)",
            description = "Answers 202 with the Location of the import's status: the import runs in the background, "
                    + "all or nothing. No file, an empty one, one over 5 MB, or one that is neither XLSX nor text: 422 "
                    + "(over 6 MB: 413). Problems inside the file are in the status.")
    ResponseEntity<Map<String, Object>> upload(@RequestParam(required = false) MultipartFile file,
            @AuthenticationPrincipal CurrentUser user) throws IOException {
        if (file == null) {
            throw InvalidInputException.of("file", "exchange.import.empty");
        }
        long id = imports.submit(user, file.getBytes());
        URI location = URI.create("/api/v1/imports/" + id);
        return ResponseEntity.accepted().location(location).body(Map.of("id", id, "state", "QUEUED",
                "location", location.toString()));
    }

    @GetMapping("/api/v1/imports/{id}")
    @Operation(summary = "An import's status: its 'state' QUEUED, RUNNING (with 'progress' 0–100), SUCCEEDED "
            + "('casesCreated') or FAILED — then 422 problem details whose 'errors' give sheet, row, column (field "
            + "name, or the cell for a formula), value and message (in the caller's language) per problem")
    ResponseEntity<?> status(@PathVariable long id, @AuthenticationPrincipal CurrentUser user) {
        HtcdsImports.Status status = imports.status(user, id).orElseThrow(() -> new NotFoundException("import"));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", status.id());
        body.put("state", status.status());
        body.put("progress", status.progress());
        body.put("rows", status.rows());
        body.put("casesCreated", status.casesCreated());
        if (!status.status().equals("FAILED")) {
            return ResponseEntity.ok(body);
        }
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.UNPROCESSABLE_CONTENT,
                message("exchange.import.failedDetail", List.of(status.problemCount())));
        problem.setTitle(message("exchange.import.failedTitle", List.of()));
        body.forEach(problem::setProperty);
        problem.setProperty("errors", status.problems().stream().map(p -> {
            Map<String, Object> error = new LinkedHashMap<>();
            error.put("sheet", p.sheet());
            error.put("row", p.row());
            error.put("column", p.column());
            error.put("value", p.value());
            error.put("message", message(p.messageKey(), p.arguments()));
            return error;
        }).toList());
        return ResponseEntity.unprocessableContent().contentType(MediaType.APPLICATION_PROBLEM_JSON).body(problem);
    }

    private String message(String key, List<Object> arguments) {
        return messages.getMessage(key, arguments.toArray(), key, LocaleContextHolder.getLocale());
    }
}
