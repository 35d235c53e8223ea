package nl.indicatiewijzer.systeem;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.specification.RequestSpecification;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import nl.indicatiewijzer.advies.AdviesResource;
import nl.indicatiewijzer.advies.GemeentenResource;
import nl.indicatiewijzer.audit.AuditResource;
import nl.indicatiewijzer.audit.IntegriteitResource;
import nl.indicatiewijzer.beheer.DekkingResource;
import nl.indicatiewijzer.beheer.ImpactanalyseResource;
import nl.indicatiewijzer.beheer.RegelsetResource;
import nl.indicatiewijzer.beheer.VersiebestandenResource;
import org.junit.jupiter.api.Test;

/**
 * Walks every endpoint with every role and with none: each endpoint answers only its own role;
 * anonymous callers get only the OpenAPI document and health. A new endpoint must be added here.
 */
@QuarkusTest
class RollenTest {
    private static final String VERSIE = "0".repeat(64);
    private static final String ID = "00000000-0000-0000-0000-000000000000";
    static final String AANGEMELD = "aangemeld";
    /** method and path template -> the roles that may call it (comma-separated), AANGEMELD for any signed-in caller, or "" for everyone. */
    static final Map<String, String> ENDPOINTS = Map.ofEntries(
            Map.entry("POST /api/v1/adviezen", "intake"),
            Map.entry("GET /api/v1/adviezen", "auditor"),
            Map.entry("GET /api/v1/adviezen/integriteit", "auditor"),
            Map.entry("POST /api/v1/adviezen/integriteit/controle", "auditor"),
            Map.entry("GET /api/v1/adviezen/integriteit/sleutel", "auditor"),
            Map.entry("GET /api/v1/adviezen/{adviesId}/bewijs", "auditor"),
            Map.entry("GET /api/v1/adviezen/{adviesId}", "auditor"),
            Map.entry("POST /api/v1/adviezen/{adviesId}/herhaling", "auditor"),
            Map.entry("GET /api/v1/regelsets", "beleid"),
            Map.entry("POST /api/v1/regelsets/{regeling}/versies", "beleid"),
            Map.entry("GET /api/v1/regelsets/{regeling}/versies/{versie}", "beleid"),
            Map.entry("POST /api/v1/regelsets/{regeling}/versies/{versie}/activering", "beleid"),
            Map.entry("GET /api/v1/regelsets/{regeling}/versies/{versie}/verschil", "beleid"),
            Map.entry("GET /api/v1/regelsets/{regeling}/versies/{versie}/bestanden", "beleid,auditor"),
            Map.entry("GET /api/v1/regelsets/{regeling}/versies/{versie}/bestanden/{bestand}", "beleid,auditor"),
            Map.entry("GET /api/v1/regelsets/{regeling}/versies/{versie}/dekking", "beleid,auditor"),
            Map.entry("POST /api/v1/impactanalyses", "beleid"),
            Map.entry("GET /api/v1/impactanalyses/voorbeelden/{adviesId}", "beleid"),
            Map.entry("GET /api/v1/gemeenten", "intake"),
            Map.entry("GET /api/v1/gebruiker", AANGEMELD),
            Map.entry("GET /api/v1/openapi.json", ""));

    @Test
    void elkEndpointStaatInDeRollentabel() {
        Set<String> gevonden = new TreeSet<>();
        for (Class<?> klasse : List.of(AdviesResource.class, AuditResource.class, IntegriteitResource.class, RegelsetResource.class,
                DekkingResource.class, ImpactanalyseResource.class, GemeentenResource.class, VersiebestandenResource.class,
                GebruikerResource.class)) {
            String basis = klasse.getAnnotation(Path.class).value();
            for (Method m : klasse.getDeclaredMethods()) {
                String methode = m.isAnnotationPresent(GET.class) ? "GET" : m.isAnnotationPresent(POST.class) ? "POST"
                        : m.isAnnotationPresent(PUT.class) ? "PUT" : m.isAnnotationPresent(DELETE.class) ? "DELETE"
                        : m.isAnnotationPresent(PATCH.class) ? "PATCH" : null;
                if (methode != null) {
                    Path pad = m.getAnnotation(Path.class);
                    gevonden.add(methode + " " + basis + (pad == null ? "" : "/" + pad.value()));
                }
            }
        }
        gevonden.add("GET /api/v1/openapi.json"); // served by quarkus-smallrye-openapi
        assertEquals(new TreeSet<>(ENDPOINTS.keySet()), gevonden);
    }

    @Test
    void elkEndpointAntwoordtAlleenZijnEigenRolEnAnoniemAlleenOpenapiEnGezondheid() {
        for (var e : ENDPOINTS.entrySet()) {
            String[] delen = e.getKey().split(" ");
            String pad = delen[1].replace("{adviesId}", ID).replace("{regeling}", "mlw-mer").replace("{versie}", VERSIE)
                    .replace("{bestand}", "percelen.drl.xlsx");
            int anoniem = roep(given(), delen[0], pad);
            if (e.getValue().isEmpty()) {
                assertTrue(anoniem < 400, e.getKey() + " is openbaar, gaf " + anoniem);
                continue;
            }
            assertEquals(401, anoniem, e.getKey() + " zonder aanmelding");
            for (String rol : List.of("intake", "beleid", "auditor")) {
                int status = roep(given().auth().preemptive().basic(rol, rol), delen[0], pad);
                if (List.of(e.getValue().split(",")).contains(rol) || e.getValue().equals(AANGEMELD)) {
                    assertTrue(status != 401 && status != 403, e.getKey() + " als " + rol + " gaf " + status);
                } else {
                    assertEquals(403, status, e.getKey() + " als " + rol);
                }
            }
        }
    }

    private static int roep(RequestSpecification verzoek, String methode, String pad) {
        if (methode.equals("GET")) {
            return verzoek.get(pad).statusCode();
        }
        if (pad.endsWith("/versies")) {
            return verzoek.multiPart("omschrijving", "Rollen").multiPart("bestanden", "leeg.drl.xlsx", new byte[0]).post(pad).statusCode();
        }
        return verzoek.contentType("application/json").body("{}").post(pad).statusCode();
    }
}
