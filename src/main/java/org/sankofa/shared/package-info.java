/**
 * What every module shares: the supported languages, the exceptions that become 404/409/422, and the
 * translation of errors into RFC 9457 problem details for the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared", type = org.springframework.modulith.ApplicationModule.Type.OPEN,
        allowedDependencies = {})
package org.sankofa.shared;
