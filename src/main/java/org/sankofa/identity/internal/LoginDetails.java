package org.sankofa.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The request details of a sign-in, with the verification code typed beside the password. */
public class LoginDetails extends WebAuthenticationDetails {

    private final String verificationCode;
    private final boolean onPage;

    /** Details of a sign-in on the page (the form), which has a session to show notices in. */
    LoginDetails(HttpServletRequest request) {
        super(request);
        this.verificationCode = request.getParameter("code");
        this.onPage = true;
    }

    /** Details of a sign-in through the API, where the code comes in the JSON body. */
    public LoginDetails(String remoteAddress, String verificationCode) {
        super(remoteAddress, null);
        this.verificationCode = verificationCode;
        this.onPage = false;
    }

    String verificationCode() {
        return verificationCode;
    }

    boolean onPage() {
        return onPage;
    }
}
