package org.sitrep.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;

import java.io.IOException;
import java.nio.ByteBuffer;

/**
 * Jetty's error pages (400 for a malformed request, 414 for a URI too long, 431 for headers too large, and errors
 * raised before the app's handlers), with the security headers every page of the app carries and no server details.
 */
final class HeaderedErrorHandler extends ErrorHandler {

    HeaderedErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
        setShowMessageInTitle(false);
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        WebApp.securityHeaders().forEach(fields::put);
        return super.badMessageError(status, reason, fields);
    }

    @Override
    public void handle(String target, Request baseRequest, HttpServletRequest request, HttpServletResponse response)
            throws IOException, jakarta.servlet.ServletException {
        WebApp.securityHeaders().forEach(response::setHeader);
        super.handle(target, baseRequest, request, response);
    }
}
