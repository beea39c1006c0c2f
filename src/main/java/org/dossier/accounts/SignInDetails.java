package org.dossier.accounts;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.authentication.AuthenticationDetailsSource;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** Besides the client address, carries the optional one-time code typed on the sign-in form. */
public class SignInDetails extends WebAuthenticationDetails {

    private final String code;

    SignInDetails(HttpServletRequest request) {
        super(request);
        this.code = request.getParameter("code");
    }

    public String code() {
        return code;
    }

    /** Builds the details for each sign-in attempt; given to form login in the security configuration. */
    public static AuthenticationDetailsSource<HttpServletRequest, SignInDetails> source() {
        return SignInDetails::new;
    }
}
