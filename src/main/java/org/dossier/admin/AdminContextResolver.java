package org.dossier.admin;

import jakarta.servlet.http.HttpServletRequest;
import org.dossier.accounts.SignedIn;
import org.springframework.core.MethodParameter;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.web.bind.support.WebDataBinderFactory;
import org.springframework.web.context.request.NativeWebRequest;
import org.springframework.web.method.support.HandlerMethodArgumentResolver;
import org.springframework.web.method.support.ModelAndViewContainer;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Lets admin controllers take an {@link AdminContext} parameter, built from the request. */
class AdminContextResolver implements HandlerMethodArgumentResolver {

    static final String NOTICE = "notice";

    @Override
    public boolean supportsParameter(MethodParameter parameter) {
        return parameter.getParameterType() == AdminContext.class;
    }

    @Override
    public AdminContext resolveArgument(MethodParameter parameter, ModelAndViewContainer container,
                                        NativeWebRequest webRequest, WebDataBinderFactory binderFactory) {
        HttpServletRequest request = webRequest.getNativeRequest(HttpServletRequest.class);
        SignedIn user = request.getUserPrincipal() instanceof Authentication auth
                && auth.getPrincipal() instanceof SignedIn signedIn ? signedIn : null;
        CsrfToken token = (CsrfToken) request.getAttribute(CsrfToken.class.getName());
        var flash = RequestContextUtils.getInputFlashMap(request);
        String notice = flash == null ? null : (String) flash.get(NOTICE);
        return new AdminContext(user, token == null ? "_csrf" : token.getParameterName(),
                token == null ? "X-CSRF-TOKEN" : token.getHeaderName(), token == null ? "" : token.getToken(),
                request.getRequestURI(), notice);
    }
}
