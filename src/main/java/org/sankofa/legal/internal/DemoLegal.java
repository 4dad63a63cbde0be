package org.sankofa.legal.internal;

import java.time.LocalDate;
import java.util.List;

import org.sankofa.audit.AuditEvent;
import org.sankofa.audit.AuditLog;
import org.sankofa.demo.DemoPart;
import org.sankofa.demo.DemoStep;
import org.sankofa.legal.InstrumentKind;
import org.sankofa.legal.NewInstrument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The demo instruments, in demo mode only, each once (by short name): the UN Trafficking in Persons Protocol and the
 * 2006 ECOWAS/ECCAS Multilateral Cooperation Agreement, with the facts their sources state. No ratification date and
 * no national law is loaded: none could be cited here with certainty, and a legal fact is never invented — the
 * matrix shows "no record" until users record them with their sources.
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
        int added = transactions.execute(status -> {
            int count = 0;
            for (NewInstrument instrument : List.of(PALERMO, MULTILATERAL_AGREEMENT)) {
                NewInstrument i = rules.normalise(instrument);
                if (repository.shortNameTaken(i.shortName(), null)) {
                    continue;
                }
                rules.check(i);
                long id = repository.insert(i);
                audit.record(AuditEvent.of(SYSTEM, "LEGAL_INSTRUMENT_CREATED", LegalService.INSTRUMENT, id,
                        "demo"));
                count++;
            }
            return count;
        });
        if (added > 0) {
            log.info("Demo legal instruments loaded: {}", added);
        }
    }
}
