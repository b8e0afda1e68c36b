package org.dateline.server;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Dispatcher;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.BufferUtil;

/**
 * Jetty's own errors as problem documents with the security headers. Jetty answers some requests
 * before Javalin sees them: those it cannot parse or will not route (a bad percent-encoding or an
 * ambiguous {@code %2e%2e} segment in the path, an over-long URI or header block, an unknown HTTP
 * version) through {@link #badMessageError}, and errors raised inside the servlet container through
 * {@link #generateAcceptableResponse}. Its default answer is an HTML page without our headers, so a
 * client would get a different kind of answer for the same kind of mistake; here it is always
 * {@code application/problem+json}, whatever the request's {@code Accept} and method.
 */
final class ProblemErrorHandler extends ErrorHandler {
    /** Jetty's reasons are short fixed phrases; this bounds whatever a later version might echo. */
    static final int MAX_DETAIL = 200;

    ProblemErrorHandler() {
        setShowStacks(false);
        setShowServlet(false);
    }

    @Override
    public boolean errorPageForMethod(String method) {
        return true;
    }

    @Override
    public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
        SecurityHeaders.ALL.forEach(fields::put);
        if (HttpStatus.hasNoBody(status)) {
            return BufferUtil.EMPTY_BUFFER;
        }
        fields.put(HttpHeader.CONTENT_TYPE, Problems.TYPE);
        // No instance: the request line could not be read, so there is no path to name.
        return BufferUtil.toBuffer(Problems.json(status, detail(status, reason), null), StandardCharsets.UTF_8);
    }

    @Override
    protected void generateAcceptableResponse(Request baseRequest, HttpServletRequest request, HttpServletResponse response,
                                              int code, String message) throws IOException {
        SecurityHeaders.ALL.forEach(response::setHeader);
        response.setContentType(Problems.TYPE);
        Object attribute = request.getAttribute(Dispatcher.ERROR_MESSAGE);
        String reason = attribute instanceof String s ? s : message;
        byte[] body = Problems.json(code, detail(code, reason), request.getRequestURI()).getBytes(StandardCharsets.UTF_8);
        // As Jetty's own pages are written: into the response's buffer, then completed without blocking.
        ByteBuffer buffer = baseRequest.getResponse().getHttpOutput().getBuffer();
        BufferUtil.clearToFill(buffer);
        buffer.put(body, 0, Math.min(body.length, buffer.remaining()));
        BufferUtil.flipToFlush(buffer, 0);
        baseRequest.getHttpChannel().sendResponseAndComplete();
    }

    /** Jetty's reason when it says more than the status line does. */
    static String detail(int status, String reason) {
        if (reason == null || reason.isBlank() || reason.equalsIgnoreCase(HttpStatus.getMessage(status))) {
            return null;
        }
        String r = reason.strip();
        return r.length() > MAX_DETAIL ? r.substring(0, MAX_DETAIL) + "…" : r;
    }
}
