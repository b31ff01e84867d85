package nl.wij.platform.web.impl;

import java.io.IOException;
import java.util.Arrays;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.Designate;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.servlet.whiteboard.Preprocessor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.wij.platform.api.security.RequestAttributes;
import nl.wij.platform.api.security.SessionService;
import nl.wij.platform.api.security.TokenService;

/**
 * Runs before every servlet, resource and filter of every bundle (a whiteboard preprocessor):
 * adds the security headers, then applies the {@link AccessPolicy}. An authenticated request goes
 * on with the caller's account in {@link RequestAttributes#ACCOUNT}; a refused one is answered here
 * with a JSON error, an anonymous browser navigation with a redirect to the login page.
 * <p>
 * The session and token services are optional and dynamic so this preprocessor is registered even
 * when they are not: requests that need them are then refused (503) instead of passing unchecked.
 */
@Component(service = Preprocessor.class)
@Designate(ocd = SecurityPreprocessor.Config.class)
public final class SecurityPreprocessor implements Preprocessor {

    @ObjectClassDefinition(name = "WIJ HTTP security", description = "Authentication, CSRF and origin checks.")
    public @interface Config {
        @AttributeDefinition(name = "Allowed origins",
                description = "Origins (e.g. https://wij.gemeente.nl) accepted on state-changing requests besides "
                        + "the request's own Host; needed behind a proxy that rewrites the Host header.")
        String[] allowedOrigins() default {};
    }

    private static final Logger LOG = LoggerFactory.getLogger(SecurityPreprocessor.class);

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile SessionService sessions;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    private volatile TokenService tokens;

    private final AccessPolicy policy;
    private final JsonResponses json = new JsonResponses();

    @Activate
    public SecurityPreprocessor(Config config) {
        this.policy = new AccessPolicy(Arrays.asList(config.allowedOrigins()));
        LOG.debug("HTTP security active; extra allowed origins: {}", Arrays.toString(config.allowedOrigins()));
    }

    /** For tests: the references a framework would inject. */
    SecurityPreprocessor(Config config, SessionService sessions, TokenService tokens) {
        this(config);
        this.sessions = sessions;
        this.tokens = tokens;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (!(request instanceof HttpServletRequest http) || !(response instanceof HttpServletResponse answer)) {
            chain.doFilter(request, response);
            return;
        }
        String path = path(http);
        SecurityHeaders.apply(answer, path);
        AccessDecision decision = policy.decide(facts(http, path), sessions, tokens);
        if (decision instanceof AccessDecision.Public) {
            chain.doFilter(request, response);
        } else if (decision instanceof AccessDecision.Authenticated caller) {
            http.setAttribute(RequestAttributes.ACCOUNT, caller.account());
            if (caller.session() != null) {
                http.setAttribute(Caller.SESSION_ATTRIBUTE, caller.session());
            }
            chain.doFilter(request, response);
        } else if (decision instanceof AccessDecision.Redirect redirect) {
            answer.setStatus(HttpServletResponse.SC_FOUND);
            answer.setHeader("Location", http.getContextPath() + redirect.location());
        } else if (decision instanceof AccessDecision.Refused refused) {
            if (refused.error() == ApiError.UNAUTHORIZED) {
                answer.setHeader("WWW-Authenticate", "Bearer realm=\"WIJ\"");
            }
            LOG.debug("{} {} refused: {}", http.getMethod(), path, refused.error().code());
            json.error(answer, refused.error(), refused.reason());
        }
    }

    /**
     * The decoded path the whiteboard dispatches on: servlet path plus path info of the request as
     * it reaches the whiteboard's dispatcher (mapped at {@code /*}), so the policy judges exactly
     * the path that selects the servlet.
     */
    static String path(HttpServletRequest request) {
        String servletPath = request.getServletPath() == null ? "" : request.getServletPath();
        String pathInfo = request.getPathInfo() == null ? "" : request.getPathInfo();
        String path = servletPath + pathInfo;
        return path.isEmpty() ? "/" : path;
    }

    private static RequestFacts facts(HttpServletRequest request, String path) {
        return new RequestFacts(request.getMethod(), path, request.getHeader("Accept"),
                request.getHeader("Authorization"), SessionCookie.read(request.getCookies()).orElse(null),
                request.getHeader("X-CSRF-Token"), request.getHeader("Origin"), request.getHeader("Host"),
                request.isSecure());
    }
}
