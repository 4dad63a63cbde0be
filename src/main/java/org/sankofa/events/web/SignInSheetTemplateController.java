package org.sankofa.events.web;

import java.util.Locale;

import org.sankofa.events.internal.SignInSheetTemplate;
import org.sankofa.identity.Roles;
import org.sankofa.shared.Languages;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The sign-in sheet template, CSV or XLSX, for those who import sheets (organisers and administrators): in the
 * reader's language, or the one asked with {@code ?lang=en|fr|pt} (another value: 400).
 */
@Controller
@RequestMapping("/events")
@PreAuthorize(Roles.EVENT_ORGANISERS)
class SignInSheetTemplateController {

    private static final MediaType XLSX = MediaType.parseMediaType(
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    private static final MediaType CSV = new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8);

    private final SignInSheetTemplate template;

    SignInSheetTemplateController(SignInSheetTemplate template) {
        this.template = template;
    }

    @GetMapping("/sign-in-sheet.csv")
    ResponseEntity<byte[]> csv(@RequestParam(required = false) String lang) {
        Locale language = language(lang);
        return file(template.csv(language), CSV, "sign-in-sheet-" + language.getLanguage() + ".csv");
    }

    @GetMapping("/sign-in-sheet.xlsx")
    ResponseEntity<byte[]> xlsx(@RequestParam(required = false) String lang) {
        Locale language = language(lang);
        return file(template.xlsx(language), XLSX, "sign-in-sheet-" + language.getLanguage() + ".xlsx");
    }

    private static Locale language(String lang) {
        if (lang == null || lang.isBlank()) {
            return Languages.supported(LocaleContextHolder.getLocale().getLanguage()) == null ? Locale.ENGLISH
                    : Languages.supported(LocaleContextHolder.getLocale().getLanguage());
        }
        Locale asked = Languages.supported(lang.strip());
        if (asked == null) {
            throw new IllegalArgumentException("not a language of the application");
        }
        return asked;
    }

    private static ResponseEntity<byte[]> file(byte[] content, MediaType type, String filename) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(content);
    }
}
