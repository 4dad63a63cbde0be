package org.sankofa.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The request details of a form login, with the verification code typed beside the password. */
public class LoginDetails extends WebAuthenticationDetails {

    private final String verificationCode;

    LoginDetails(HttpServletRequest request) {
        super(request);
        this.verificationCode = request.getParameter("code");
    }

    /** Details of a sign-in through the API, where the code comes in the JSON body. */
    public LoginDetails(String remoteAddress, String verificationCode) {
        super(remoteAddress, null);
        this.verificationCode = verificationCode;
    }

    String verificationCode() {
        return verificationCode;
    }
}
