package org.sankofa.audit.internal;

import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * At start-up, once the schema is migrated and before the application serves anything or loads the demo world,
 * seals the entries written before the chain had a key ({@link HashChainedAuditLog#anchor()}), then exports a
 * checkpoint of the head (the anchor's, or the head this node found), so that each start leaves one outside the
 * database without waiting for the hourly task. Not when the application only verifies the chain: verification
 * changes nothing and exports nothing.
 */
@Component
class AuditChainAnchor implements SmartInitializingSingleton {

    private final HashChainedAuditLog chain;
    private final AuditCheckpoints checkpoints;
    private final Environment environment;

    AuditChainAnchor(HashChainedAuditLog chain, AuditCheckpoints checkpoints, Environment environment) {
        this.chain = chain;
        this.checkpoints = checkpoints;
        this.environment = environment;
    }

    @Override
    public void afterSingletonsInstantiated() {
        if (AuditVerificationCommand.requested(environment)) {
            return;
        }
        chain.anchor();
        checkpoints.exportHead();
    }
}
