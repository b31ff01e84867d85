/**
 * The platform's HTTP layer on the OSGi Servlet Whiteboard: the {@link
 * nl.wij.platform.web.impl.SecurityPreprocessor} that authenticates every request of every bundle
 * and adds the security headers, the operations API ({@code /api/login}, {@code /api/logout},
 * {@code /api/session}, {@code /api/health}, {@code /api/modules}, {@code /api/accounts},
 * {@code /api/tokens}) and the JSON error page. The contract is {@code docs/http-api.md}.
 * <p>
 * Decisions are kept in plain classes ({@link nl.wij.platform.web.impl.AccessPolicy},
 * {@link nl.wij.platform.web.impl.JsonBody}, {@link nl.wij.platform.web.impl.SessionCookie}) that
 * are unit-tested without a framework; the components only translate between them and the
 * servlet API. Private to the bundle.
 */
package nl.wij.platform.web.impl;
