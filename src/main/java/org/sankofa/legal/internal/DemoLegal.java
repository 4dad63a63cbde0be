package org.sankofa.legal.internal;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.demo.DemoPart;
import org.sankofa.demo.DemoStep;
import org.sankofa.legal.ConsentKind;
import org.sankofa.legal.Instrument;
import org.sankofa.legal.InstrumentId;
import org.sankofa.legal.InstrumentKind;
import org.sankofa.legal.NewInstrument;
import org.sankofa.legal.NewStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo instruments, in demo mode only, each once (by short name): the UN Trafficking in Persons Protocol and the
 * 2006 ECOWAS/ECCAS Multilateral Cooperation Agreement, with the facts their sources state.
 * <p>
 * No real ratification date and no national law is loaded: none could be cited here with certainty, and a legal fact
 * is never invented. So that a coordinator sees the matrix at work, the demo adds a <em>synthetic illustration</em>
 * for the members of ECOWAS: statuses flagged {@code synthetic} in the data, with a source that says so, dated on
 * the 1st of January of made-up years, and shown as "synthetic" on the page, in the workbook and in the API. Each
 * state of a cell appears (bound, signed only, recorded as not a party, no record). They are added to an instrument
 * that has no status at all; a status recorded, edited or imported by a person replaces the illustration.
 */
@Component
class DemoLegal implements DemoStep {

    private static final Logger log = LoggerFactory.getLogger(DemoLegal.class);
    private static final String SYSTEM = "demo-loader";

    static final NewInstrument PALERMO = new NewInstrument(
            "Protocol to Prevent, Suppress and Punish Trafficking in Persons, Especially Women and Children, "
                    + "supplementing the United Nations Convention against Transnational Organized Crime",
            "Palermo Protocol", InstrumentKind.INTERNATIONAL, List.of(), LocalDate.of(2000, 11, 15),
            LocalDate.of(2003, 12, 25),
            "Adopted by the UN General Assembly in resolution 55/25 of 15 November 2000; entered into force on "
                    + "25 December 2003.",
            "UN General Assembly resolution 55/25 (A/RES/55/25), 15 November 2000; United Nations Treaty "
                    + "Collection, chapter XVIII-12-a: https://treaties.un.org/Pages/ViewDetails.aspx?src=TREATY"
                    + "&mtdsg_no=XVIII-12-a&chapter=18");

    static final NewInstrument MULTILATERAL_AGREEMENT = new NewInstrument(
            "Multilateral Cooperation Agreement to Combat Trafficking in Persons, Especially Women and Children, "
                    + "in West and Central Africa",
            "ECOWAS/ECCAS Multilateral Agreement (2006)", InstrumentKind.REGIONAL, List.of("ECOWAS", "ECCAS"), null,
            null,
            "Adopted in July 2006 in Abuja by the member States of ECOWAS and ECCAS, together with a declaration "
                    + "and the joint plan of action 2006–2008 (the exact day is not recorded here).",
            "UNODC Toolkit to Combat Trafficking in Persons, Tool 2.10 (Interregional action plans and strategies); "
                    + "text: www.ceeac-eccas.org/img/pdf/Multilateral_Agreement_Trafficking-1184251953.doc");

    /** The source of every synthetic status: what it is, and how to replace it with facts. */
    static final String SYNTHETIC_SOURCE = "Synthetic illustration of the Sankofa demo, not a legal fact: dates are "
            + "made up (1 January). Import the UN Treaty Collection status table or record each status with its "
            + "source to replace it.";

    /** A synthetic status: country, year signed, year of consent, how (null: neither, recorded as not a party). */
    record Illustration(String country, Integer signed, Integer consent, ConsentKind kind) {

        NewStatus status(InstrumentId instrument) {
            return new NewStatus(instrument, country, signed == null ? null : LocalDate.of(signed, 1, 1), kind,
                    consent == null ? null : LocalDate.of(consent, 1, 1), null, SYNTHETIC_SOURCE);
        }
    }

    /** Palermo: every state; Liberia and Guinea-Bissau left without a record. */
    static final List<Illustration> PALERMO_ILLUSTRATION = List.of(
            new Illustration("BJ", 2001, 2004, ConsentKind.RATIFICATION),
            new Illustration("CI", null, 2012, ConsentKind.ACCESSION),
            new Illustration("CV", 2001, 2004, ConsentKind.RATIFICATION),
            new Illustration("GH", null, 2012, ConsentKind.ACCESSION),
            new Illustration("GM", 2001, 2003, ConsentKind.RATIFICATION),
            new Illustration("GN", null, 2004, ConsentKind.ACCESSION),
            new Illustration("NG", 2001, 2001, ConsentKind.RATIFICATION),
            new Illustration("SL", 2001, null, null),
            new Illustration("SN", 2001, 2003, ConsentKind.RATIFICATION),
            new Illustration("TG", 2001, 2009, ConsentKind.RATIFICATION));

    /** The regional agreement: signatures, a few consents, and a country recorded as not a party. */
    static final List<Illustration> AGREEMENT_ILLUSTRATION = List.of(
            new Illustration("BJ", 2006, null, null),
            new Illustration("CI", 2006, 2008, ConsentKind.RATIFICATION),
            new Illustration("GH", 2006, null, null),
            new Illustration("GN", 2006, 2007, ConsentKind.RATIFICATION),
            new Illustration("NG", 2006, 2009, ConsentKind.RATIFICATION),
            new Illustration("SN", 2006, null, null),
            new Illustration("TG", 2006, 2007, ConsentKind.RATIFICATION),
            new Illustration("CV", null, null, null));

    private final LegalRepository repository;
    private final LegalRules rules;
    private final AuditLog audit;
    private final TransactionTemplate transactions;

    DemoLegal(LegalRepository repository, LegalRules rules, AuditLog audit,
            TransactionTemplate transactions) {
        this.repository = repository;
        this.rules = rules;
        this.audit = audit;
        this.transactions = transactions;
    }

    @Override
    public DemoPart part() {
        return DemoPart.LEGAL;
    }

    @Override
    public void load() {
        int[] added = transactions.execute(status -> {
            int instruments = 0;
            int statuses = 0;
            for (NewInstrument instrument : List.of(PALERMO, MULTILATERAL_AGREEMENT)) {
                NewInstrument i = rules.normalise(instrument);
                if (!repository.shortNameTaken(i.shortName(), null)) {
                    rules.check(i);
                    long id = repository.insert(i);
                    audit.record(AuditEvent.of(SYSTEM, "LEGAL_INSTRUMENT_CREATED", LegalService.INSTRUMENT, id,
                            "demo"));
                    instruments++;
                }
                statuses += illustrate(repository.instrumentByShortName(i.shortName()).orElseThrow(),
                        instrument == PALERMO ? PALERMO_ILLUSTRATION : AGREEMENT_ILLUSTRATION);
            }
            return new int[] { instruments, statuses };
        });
        if (added[0] + added[1] > 0) {
            log.info("Demo legal instruments loaded: {}, synthetic statuses: {}", added[0], added[1]);
        }
    }

    /** The synthetic statuses of an instrument that has none, through the same rules as any status. */
    private int illustrate(Instrument instrument, List<Illustration> illustration) {
        if (repository.hasStatuses(instrument.id().value())) {
            return 0;
        }
        for (Illustration line : illustration) {
            NewStatus s = rules.normalise(line.status(instrument.id()));
            rules.check(s, Optional.of(instrument));
            long id = repository.insert(s, true);
            audit.record(AuditEvent.of(SYSTEM, "LEGAL_STATUS_CREATED", LegalService.STATUS, id, "demo,synthetic"));
        }
        return illustration.size();
    }
}
