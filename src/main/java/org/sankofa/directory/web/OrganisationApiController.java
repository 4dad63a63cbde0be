package org.sankofa.directory.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sankofa.directory.Directory;
import org.sankofa.directory.NewOffice;
import org.sankofa.directory.NewOrganisation;
import org.sankofa.directory.Office;
import org.sankofa.directory.OfficeId;
import org.sankofa.directory.Organisation;
import org.sankofa.directory.OrganisationId;
import org.sankofa.directory.OrganisationPage;
import org.sankofa.directory.OrganisationQuery;
import org.sankofa.directory.OrganisationType;
import org.springframework.security.core.userdetails.UserDetails;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Directory", description = "Organisations and their offices; everyone signed in reads, administrators change")
class OrganisationApiController {

    private final Directory directory;

    OrganisationApiController(Directory directory) {
        this.directory = directory;
    }

    /** An organisation to create or change; {@code version} is required to change one (optimistic locking). */
    record OrganisationBody(@NotBlank @Size(max = 200) String name, @Size(max = 40) String acronym,
            @NotNull OrganisationType type, @Pattern(regexp = "^[A-Z]{2}$") String country,
            @Size(max = 300) @Pattern(regexp = "^(?i)https?://\\S+$") String website, @Min(0) Integer version) {
    }

    record OfficeBody(@NotBlank @Pattern(regexp = "^[A-Z]{2}-[A-Z0-9]{2,10}$") String code,
            @NotBlank @Size(max = 200) String name, @NotBlank @Pattern(regexp = "^[A-Z]{2}$") String country,
            @NotBlank @Size(max = 120) String city, @Min(0) Integer version) {
    }

    record OrganisationView(long id, String name, String acronym, OrganisationType type, String country,
            String website, int version) {

        static OrganisationView of(Organisation o) {
            return new OrganisationView(o.id().value(), o.name(), o.acronym(), o.type(), o.countryCode(),
                    o.website(), o.version());
        }
    }

    record OrganisationDetails(long id, String name, String acronym, OrganisationType type, String country,
            String website, int version, List<OfficeView> offices) {
    }

    record OfficeView(long id, long organisationId, String code, String name, String country, String city,
            int version) {

        static OfficeView of(Office o) {
            return new OfficeView(o.id().value(), o.organisationId().value(), o.code(), o.name(), o.countryCode(),
                    o.city(), o.version());
        }
    }

    record OrganisationList(List<OrganisationView> items, int page, int size, long total) {
    }

    @GetMapping("/organisations")
    @Operation(summary = "Search organisations by words of the name or acronym and by type, a page at a time")
    OrganisationList list(
            @Parameter(description = "words of the name or acronym") @RequestParam(defaultValue = "") @Size(max = 100) String q,
            @Parameter(description = "an organisation type") @RequestParam(required = false) OrganisationType type,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "page size, at most 100") @RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
        OrganisationPage found = directory.search(new OrganisationQuery(q, type, page, size));
        return new OrganisationList(found.items().stream().map(OrganisationView::of).toList(), found.page(),
                found.size(), found.total());
    }

    @GetMapping("/organisations/{id}")
    @Operation(summary = "One organisation with its offices")
    OrganisationDetails details(@PathVariable long id) {
        Organisation o = organisation(id);
        return new OrganisationDetails(o.id().value(), o.name(), o.acronym(), o.type(), o.countryCode(), o.website(),
                o.version(), offices(o.id()));
    }

    @PostMapping("/organisations")
    @PreAuthorize(Access.ADMINISTRATORS)
    @Operation(summary = "Create an organisation (administrators); 409 when the name is already used")
    ResponseEntity<OrganisationView> create(@Valid @RequestBody OrganisationBody body,
            @AuthenticationPrincipal UserDetails user) {
        Organisation created = directory.create(input(body), user.getUsername());
        return ResponseEntity.created(URI.create("/api/v1/organisations/" + created.id().value()))
                .body(OrganisationView.of(created));
    }

    @PutMapping("/organisations/{id}")
    @PreAuthorize(Access.ADMINISTRATORS)
    @Operation(summary = "Change an organisation (administrators); send the version read, 409 when it is stale")
    OrganisationView update(@PathVariable long id, @Valid @RequestBody OrganisationBody body,
            @AuthenticationPrincipal UserDetails user) {
        if (body.version() == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        return OrganisationView.of(directory.update(organisation(id).id(), body.version(), input(body),
                user.getUsername()));
    }

    @GetMapping("/organisations/{id}/offices")
    @Operation(summary = "The offices of an organisation")
    List<OfficeView> offices(@PathVariable long id) {
        return offices(organisation(id).id());
    }

    @PostMapping("/organisations/{id}/offices")
    @PreAuthorize(Access.ADMINISTRATORS)
    @Operation(summary = "Add an office to an organisation (administrators); its code starts with its country")
    ResponseEntity<OfficeView> createOffice(@PathVariable long id, @Valid @RequestBody OfficeBody body,
            @AuthenticationPrincipal UserDetails user) {
        Office created = directory.create(new NewOffice(organisation(id).id(), body.code(), body.name(),
                body.country(), body.city()), user.getUsername());
        return ResponseEntity.created(URI.create("/api/v1/offices/" + created.id().value()))
                .body(OfficeView.of(created));
    }

    @GetMapping("/offices/{id}")
    @Operation(summary = "One office")
    OfficeView office(@PathVariable long id) {
        return OfficeView.of(directory.office(new OfficeId(id)).orElseThrow(() -> new NotFoundException("office")));
    }

    @PutMapping("/offices/{id}")
    @PreAuthorize(Access.ADMINISTRATORS)
    @Operation(summary = "Change an office (administrators); send the version read, 409 when it is stale")
    OfficeView updateOffice(@PathVariable long id, @Valid @RequestBody OfficeBody body,
            @AuthenticationPrincipal UserDetails user) {
        if (body.version() == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        Office office = directory.office(new OfficeId(id)).orElseThrow(() -> new NotFoundException("office"));
        return OfficeView.of(directory.update(office.id(), body.version(),
                new NewOffice(office.organisationId(), body.code(), body.name(), body.country(), body.city()),
                user.getUsername()));
    }

    private Organisation organisation(long id) {
        return directory.organisation(new OrganisationId(id)).orElseThrow(() -> new NotFoundException("organisation"));
    }

    private List<OfficeView> offices(OrganisationId id) {
        return directory.offices(id).stream().map(OfficeView::of).toList();
    }

    private static NewOrganisation input(OrganisationBody body) {
        return new NewOrganisation(body.name(), body.acronym(), body.type(), body.country(), body.website());
    }
}
