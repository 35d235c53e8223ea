package nl.indicatiewijzer.systeem;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** An error as RFC 9457 problem+json, with every bad field in {@code invalidParams} (NL API Design Rules). */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Probleem(String type, String title, int status, String detail, List<OngeldigeParameter> invalidParams) {
    public static final MediaType PROBLEM_JSON = new MediaType("application", "problem+json");

    public static Probleem van(int status, String title, String detail) {
        return new Probleem("about:blank", title, status, detail, List.of());
    }

    public Response.ResponseBuilder antwoord() {
        return Response.status(status).type(PROBLEM_JSON).entity(this);
    }
}
