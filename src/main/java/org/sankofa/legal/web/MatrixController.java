package org.sankofa.legal.web;

import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import org.sankofa.directory.Communities;
import org.sankofa.directory.Community;
import org.sankofa.directory.Countries;
import org.sankofa.identity.CurrentUser;
import org.sankofa.legal.HarmonisationMatrix;
import org.sankofa.legal.LegalRecords;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The harmonisation matrix of a community on a date, as a page and as an XLSX workbook; everyone signed in reads. */
@Controller
@RequestMapping("/legal")
class MatrixController {

    private final LegalRecords legal;
    private final Communities communities;
    private final Countries countries;
    private final MessageSource messages;

    MatrixController(LegalRecords legal, Communities communities, Countries countries, MessageSource messages) {
        this.legal = legal;
        this.communities = communities;
        this.countries = countries;
        this.messages = messages;
    }

    @GetMapping
    String home() {
        return "redirect:/legal/matrix";
    }

    @GetMapping("/matrix")
    String matrix(@RequestParam(required = false) String community, @RequestParam(required = false) String date,
            @AuthenticationPrincipal CurrentUser user, HttpServletResponse response, Model model) {
        List<Community> all = communities.all();
        MatrixRequest request = MatrixRequest.read(community, date, all, user, true);
        model.addAttribute("communities", all);
        model.addAttribute("request", request);
        model.addAttribute("errors", request.errors());
        if (!request.valid()) {
            response.setStatus(HttpStatus.UNPROCESSABLE_CONTENT.value());
            return "legal/matrix";
        }
        model.addAttribute("view", view(request));
        return "legal/matrix";
    }

    @GetMapping("/matrix/export")
    Object export(@RequestParam(required = false) String community, @RequestParam(required = false) String date,
            @AuthenticationPrincipal CurrentUser user, HttpServletResponse response, Model model) {
        List<Community> all = communities.all();
        MatrixRequest request = MatrixRequest.read(community, date, all, user, true);
        if (!request.valid()) {
            return matrix(community, date, user, response, model);
        }
        Locale locale = LocaleContextHolder.getLocale();
        byte[] workbook = MatrixWorkbook.write(view(request), messages, locale);
        String filename = "harmonisation-" + request.community().toLowerCase(Locale.ROOT) + "-" + request.date()
                + ".xlsx";
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(MatrixWorkbook.CONTENT_TYPE))
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(filename).build()
                        .toString())
                .body(workbook);
    }

    private MatrixView view(MatrixRequest request) {
        HarmonisationMatrix matrix = legal.matrix(request.community(), request.date()).orElseThrow();
        return MatrixView.of(matrix, countries, LocaleContextHolder.getLocale());
    }
}
