package org.sankofa.web;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import org.sankofa.shared.web.StaticAssets;
import org.springframework.web.servlet.FlashMap;
import org.springframework.web.servlet.support.SessionFlashMapManager;

/**
 * Flash attributes (the message shown once after a redirect) belong to pages. Spring MVC looks for them in the session
 * on every request it dispatches — for a stylesheet or a script too, where a signed-in browser's cookie would make
 * Spring Session read the session from PostgreSQL and write its last access back, with every asset of every page. A
 * static asset never carries a flash attribute, so it is not looked for there.
 */
class PageFlashMaps extends SessionFlashMapManager {

    @Override
    protected List<FlashMap> retrieveFlashMaps(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        if (StaticAssets.contains(path)) {
            return null;
        }
        return super.retrieveFlashMaps(request);
    }
}
