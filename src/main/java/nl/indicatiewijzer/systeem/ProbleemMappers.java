package nl.indicatiewijzer.systeem;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Every error leaves the service as problem+json; nothing a client sends ends in a stack trace. */
public class ProbleemMappers {
    private static final Logger LOG = Logger.getLogger(ProbleemMappers.class);

    @ServerExceptionMapper
    public Response ongeldig(OngeldigVerzoekException e) {
        return new Probleem("about:blank", "Ongeldig verzoek", 400,
                "Het verzoek bevat " + e.fouten().size() + " ongeldige of ontbrekende velden; zie invalidParams.",
                e.fouten()).antwoord().build();
    }

    @ServerExceptionMapper
    public Response niet(NietBeschikbaarException e) {
        return Probleem.van(e.status(), e.titel(), e.getMessage()).antwoord().build();
    }

    @ServerExceptionMapper
    public Response web(WebApplicationException e) {
        int status = e.getResponse().getStatus();
        Response.ResponseBuilder antwoord = Probleem.van(status, Response.Status.fromStatusCode(status) == null
                ? "Fout" : Response.Status.fromStatusCode(status).getReasonPhrase(), titel(status)).antwoord();
        e.getResponse().getHeaders().forEach((naam, waarden) -> {
            if (!naam.equalsIgnoreCase("Content-Type")) {
                waarden.forEach(w -> antwoord.header(naam, w));
            }
        });
        return antwoord.build();
    }

    /**
     * The body could not be read as sent: a multipart body cut off before its closing boundary, a
     * connection closed halfway. The client's fault; nothing was stored.
     */
    @ServerExceptionMapper
    public Response onleesbaar(java.io.IOException e) {
        return new Probleem("about:blank", "Ongeldig verzoek", 400, "Het verzoek kon niet worden gelezen: het lichaam is onvolledig "
                + "of afgebroken (bij een upload: het multipart-lichaam eindigt niet met zijn laatste grens).",
                List.of(new OngeldigeParameter("(lichaam)", "onvolledig of afgebroken"))).antwoord().build();
    }

    @ServerExceptionMapper
    public Response onverwacht(Throwable e) {
        LOG.error("Onverwachte fout bij het afhandelen van een verzoek", Foutspoor.van(e));
        return Probleem.van(500, "Interne fout", "Er ging iets mis in de service; de fout is gelogd.").antwoord().build();
    }

    private static String titel(int status) {
        return switch (status) {
            case 404 -> "Deze bron bestaat niet.";
            case 405 -> "Deze methode is op deze bron niet toegestaan.";
            case 406 -> "Deze service antwoordt in application/json.";
            case 415 -> "Stuur het verzoek als application/json.";
            default -> "Het verzoek kon niet worden afgehandeld.";
        };
    }
}
