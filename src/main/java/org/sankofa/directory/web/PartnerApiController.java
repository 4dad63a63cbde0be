package org.sankofa.directory.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sankofa.directory.Coordinates;
import org.sankofa.directory.NewPartnerService;
import org.sankofa.directory.OrganisationId;
import org.sankofa.directory.PartnerService;
import org.sankofa.directory.PartnerServiceId;
import org.sankofa.directory.PartnerServicePage;
import org.sankofa.directory.PartnerServiceQuery;
import org.sankofa.directory.PartnerServices;
import org.sankofa.directory.ServedGroup;
import org.sankofa.directory.ServiceAvailability;
import org.sankofa.directory.ServiceType;
import org.sankofa.shared.InvalidInputException;
import org.sankofa.shared.NotFoundException;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The partner network as data: the services partners offer, for everyone signed in; a partner changes its own
 * organisation's, an administrator any (the directory checks it: 403 otherwise).
 */
@RestController
@RequestMapping("/api/v1/partners")
@Tag(name = "Partners", description = "The services partner organisations offer, by place, type and for whom;"
        + " a partner keeps its own organisation's up to date")
class PartnerApiController {

    private final PartnerServices services;

    PartnerApiController(PartnerServices services) {
        this.services = services;
    }

    record PartnerServiceView(long id, long organisationId, String organisation, ServiceType type, String name,
            List<ServedGroup> servedGroups, String country, String city, BigDecimal latitude, BigDecimal longitude,
            Integer capacity, ServiceAvailability availability, List<String> languages, String contactName,
            String contactPhone, String contactEmail, String hours, LocalDate confirmedOn, boolean synthetic,
            int version) {

        static PartnerServiceView of(PartnerService s) {
            return new PartnerServiceView(s.id().value(), s.organisationId().value(), s.organisationName(), s.type(),
                    s.name(), s.groupsInOrder(), s.countryCode(), s.city(),
                    s.coordinates() == null ? null : s.coordinates().latitude(),
                    s.coordinates() == null ? null : s.coordinates().longitude(), s.capacity(), s.availability(),
                    s.languages(), s.contactName(), s.contactPhone(), s.contactEmail(), s.hours(), s.confirmedOn(),
                    s.synthetic(), s.version());
        }
    }

    record PartnerServiceList(List<PartnerServiceView> items, int page, int size, long total) {
    }

    /**
     * A service to add ({@code organisationId} required) or change ({@code version} required): the rules are the
     * pages' (422 naming each wrong field, nothing written).
     */
    record ServiceBody(Long organisationId, ServiceType type, String name, Set<ServedGroup> servedGroups,
            String country, String city, BigDecimal latitude, BigDecimal longitude, Integer capacity,
            ServiceAvailability availability, List<String> languages, String contactName, String contactPhone,
            String contactEmail, String hours, @Min(0) Integer version) {

        NewPartnerService input() {
            Coordinates point = latitude == null && longitude == null ? null : new Coordinates(latitude, longitude);
            return new NewPartnerService(type, name, servedGroups, country, city, point, capacity, availability,
                    languages, contactName, contactPhone, contactEmail, hours);
        }
    }

    record VersionBody(@Min(0) Integer version) {
    }

    @GetMapping
    @Operation(summary = "The partners' services, filtered by country, city, type and for whom, a page at a time")
    PartnerServiceList list(
            @Parameter(description = "an ISO 3166-1 alpha-2 country code") @RequestParam(required = false) @Pattern(regexp = "^[A-Z]{2}$") String country,
            @Parameter(description = "words of the city") @RequestParam(defaultValue = "") @Size(max = 120) String city,
            @Parameter(description = "a type of service") @RequestParam(required = false) ServiceType type,
            @Parameter(description = "for whom: CHILDREN, WOMEN or MEN") @RequestParam(name = "for", required = false) ServedGroup servedGroup,
            @Parameter(description = "page number, from 0") @RequestParam(defaultValue = "0") @Min(0) @Max(1_000_000) int page,
            @Parameter(description = "page size, at most 100") @RequestParam(defaultValue = "25") @Min(1) @Max(100) int size) {
        PartnerServicePage found = services.search(new PartnerServiceQuery(country, city,
                type == null ? Set.of() : Set.of(type), servedGroup, null, page, size));
        return new PartnerServiceList(found.items().stream().map(PartnerServiceView::of).toList(), found.page(),
                found.size(), found.total());
    }

    @GetMapping("/{id}")
    @Operation(summary = "One partner service (404 once removed)")
    PartnerServiceView one(@PathVariable long id) {
        return PartnerServiceView.of(current(id));
    }

    @PostMapping
    @PreAuthorize(ServiceEditors.EDITORS)
    @Operation(summary = "Add a service of an organisation: a partner its own, an administrator any")
    ResponseEntity<PartnerServiceView> add(@Valid @RequestBody ServiceBody body, Authentication who) {
        if (body.organisationId() == null) {
            throw InvalidInputException.of("organisationId", "validation.required");
        }
        PartnerService added = services.add(ServiceEditors.of(who), new OrganisationId(body.organisationId()),
                body.input());
        return ResponseEntity.created(URI.create("/api/v1/partners/" + added.id().value()))
                .body(PartnerServiceView.of(added));
    }

    @PutMapping("/{id}")
    @PreAuthorize(ServiceEditors.EDITORS)
    @Operation(summary = "Change a service (its organisation stays); send the version read, 409 when it is stale")
    PartnerServiceView change(@PathVariable long id, @Valid @RequestBody ServiceBody body, Authentication who) {
        return PartnerServiceView.of(services.change(ServiceEditors.of(who), current(id).id(), version(body.version()),
                body.input()));
    }

    @PostMapping("/{id}/confirm")
    @PreAuthorize(ServiceEditors.EDITORS)
    @Operation(summary = "Confirm that the service is still true today; send the version read")
    PartnerServiceView confirm(@PathVariable long id, @Valid @RequestBody VersionBody body, Authentication who) {
        return PartnerServiceView.of(services.confirm(ServiceEditors.of(who), current(id).id(),
                version(body.version())));
    }

    @DeleteMapping("/{id}")
    @PreAuthorize(ServiceEditors.EDITORS)
    @Operation(summary = "Remove a service from the directory (referrals keep naming it); ?version= the version read")
    ResponseEntity<Void> remove(@PathVariable long id, @RequestParam(required = false) @Min(0) Integer version,
            Authentication who) {
        services.remove(ServiceEditors.of(who), current(id).id(), version(version));
        return ResponseEntity.noContent().build();
    }

    private PartnerService current(long id) {
        return services.service(new PartnerServiceId(id)).filter(s -> !s.removed())
                .orElseThrow(() -> new NotFoundException("partner_service"));
    }

    private static int version(Integer version) {
        if (version == null) {
            throw InvalidInputException.of("version", "validation.required");
        }
        return version;
    }
}
