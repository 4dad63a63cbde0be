package org.sankofa.audit;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The address of the client of the current request, if any: the request's remote address, which Tomcat replaces with
 * the right-most {@code X-Forwarded-For} address that is not a configured proxy, and only when the request came
 * through one ({@code server.tomcat.remoteip.internal-proxies}, none by default; docs/operations.md). Every reader of
 * the client address (the audit log, sign-in throttling, the details of a session's sign-in) sees this same value; no
 * code reads forwarded headers itself.
 */
public final class ClientAddress {

    private ClientAddress() {
    }

    public static String current() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            HttpServletRequest request = attributes.getRequest();
            return request.getRemoteAddr();
        }
        return null;
    }
}
