package nl.indicatiewijzer.systeem;

import jakarta.ws.rs.container.ContainerResponseContext;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/** Every response says which API version answered (NL API Design Rules, API-57). */
public class ApiVersie {
    public static final String VERSIE = "1.0.0";

    @ServerResponseFilter
    public void zetKop(ContainerResponseContext antwoord) {
        antwoord.getHeaders().putSingle("API-Version", VERSIE);
    }
}
