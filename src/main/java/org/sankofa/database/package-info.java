/**
 * The database: PostgreSQL only. Starts an embedded PostgreSQL 17 when no external database is configured,
 * and tells the other modules whether the demo world is wanted.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Database", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.sankofa.database;
