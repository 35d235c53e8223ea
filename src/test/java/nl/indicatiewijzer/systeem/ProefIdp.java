package nl.indicatiewijzer.systeem;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.IOException;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.PrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The municipality's identity provider, played on 127.0.0.1 by the test itself: a discovery document,
 * its keys (JWKS), a sign-in page, a token endpoint that insists on PKCE (S256) and the client secret,
 * and an end-session endpoint. Users: {@code ina} (wmo-intake), {@code bea} (beleid), {@code aad} (auditor).
 */
public class ProefIdp implements QuarkusTestResourceLifecycleManager {
    public static final String CLIENT = "indicatiewijzer";
    static final String GEHEIM = "een-clientgeheim-van-minstens-32-tekens-lang";
    public static final Map<String, String> ROL = Map.of("ina", "wmo-intake", "bea", "beleid", "aad", "auditor");
    static final KeyPair SLEUTEL = Tokens.sleutelpaar();
    public static final String KID = "proef-1";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static volatile String issuer;
    private final Map<String, Map<String, String>> codes = new ConcurrentHashMap<>();
    private HttpServer server;

    public static String issuer() {
        return issuer;
    }

    public static PrivateKey sleutel() {
        return SLEUTEL.getPrivate();
    }

    @Override
    public Map<String, String> start() {
        try {
            server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        issuer = "http://127.0.0.1:" + server.getAddress().getPort() + "/realms/wmo";
        server.createContext("/realms/wmo/", this::behandel);
        server.start();
        Map<String, String> config = new HashMap<>(Map.of("quarkus.oidc.tenant-enabled", "true",
                "quarkus.oidc.auth-server-url", issuer, "quarkus.oidc.client-id", CLIENT,
                "quarkus.oidc.credentials.secret", GEHEIM, "quarkus.oidc.token.audience", CLIENT,
                "quarkus.oidc.roles.role-claim-path", "realm_access/roles", "indicatiewijzer.oidc.rol.intake", "wmo-intake"));
        config.put("%test.quarkus.config.profile.parent", "geen-ingebouwde-gebruikers");
        return config;
    }

    @Override
    public void stop() {
        server.stop(0);
    }

    private void behandel(HttpExchange uitwisseling) throws IOException {
        String pad = uitwisseling.getRequestURI().getPath().substring("/realms/wmo".length());
        Map<String, String> vraag = velden(uitwisseling.getRequestURI().getRawQuery());
        if (uitwisseling.getRequestMethod().equals("POST")) {
            vraag.putAll(velden(new String(uitwisseling.getRequestBody().readAllBytes(), StandardCharsets.UTF_8)));
        }
        switch (pad) {
            case "/.well-known/openid-configuration" -> json(uitwisseling, 200, Map.of("issuer", issuer,
                    "authorization_endpoint", issuer + "/auth", "token_endpoint", issuer + "/token", "jwks_uri", issuer + "/jwks",
                    "end_session_endpoint", issuer + "/logout", "response_types_supported", List.of("code"),
                    "subject_types_supported", List.of("public"), "id_token_signing_alg_values_supported", List.of("RS256"),
                    "code_challenge_methods_supported", List.of("S256")));
            case "/jwks" -> json(uitwisseling, 200, Map.of("keys", List.of(jwk((RSAPublicKey) SLEUTEL.getPublic()))));
            case "/auth" -> aanmeldpagina(uitwisseling, vraag);
            case "/login" -> {
                String code = UUID.randomUUID().toString();
                codes.put(code, vraag);
                verwijs(uitwisseling, vraag.get("redirect_uri") + "?code=" + code + "&state=" + enc(vraag.get("state")));
            }
            case "/token" -> token(uitwisseling, vraag);
            case "/logout" -> verwijs(uitwisseling, vraag.getOrDefault("post_logout_redirect_uri", issuer));
            default -> json(uitwisseling, 404, Map.of("error", "not_found"));
        }
    }

    private void aanmeldpagina(HttpExchange uitwisseling, Map<String, String> vraag) throws IOException {
        if (!CLIENT.equals(vraag.get("client_id")) || !"S256".equals(vraag.get("code_challenge_method"))
                || vraag.get("code_challenge") == null) {
            json(uitwisseling, 400, Map.of("error", "invalid_request", "error_description", "PKCE (S256) is verplicht"));
            return;
        }
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html lang=\"nl\"><head><title>Inloggen bij de gemeente</title></head>"
                + "<body><main><h1>Inloggen bij de gemeente</h1><form method=\"post\" action=\"login\">"
                + "<label for=\"gebruiker\">Gebruiker</label><input id=\"gebruiker\" name=\"gebruiker\">");
        for (String veld : List.of("redirect_uri", "state", "nonce", "code_challenge")) {
            html.append("<input type=\"hidden\" name=\"").append(veld).append("\" value=\"")
                    .append(vraag.getOrDefault(veld, "").replace("&", "&amp;").replace("\"", "&quot;")).append("\">");
        }
        byte[] inhoud = html.append("<button type=\"submit\">Inloggen</button></form></main></body></html>")
                .toString().getBytes(StandardCharsets.UTF_8);
        uitwisseling.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
        uitwisseling.sendResponseHeaders(200, inhoud.length);
        uitwisseling.getResponseBody().write(inhoud);
        uitwisseling.close();
    }

    private void token(HttpExchange uitwisseling, Map<String, String> vraag) throws IOException {
        String basic = "Basic " + Base64.getEncoder().encodeToString((CLIENT + ":" + GEHEIM).getBytes(StandardCharsets.UTF_8));
        Map<String, String> code = codes.remove(vraag.getOrDefault("code", ""));
        if (!basic.equals(uitwisseling.getRequestHeaders().getFirst("Authorization"))) {
            json(uitwisseling, 401, Map.of("error", "invalid_client"));
        } else if (code == null || !code.get("redirect_uri").equals(vraag.get("redirect_uri"))
                || !code.get("code_challenge").equals(s256(vraag.getOrDefault("code_verifier", "")))) {
            json(uitwisseling, 400, Map.of("error", "invalid_grant", "error_description", "code, redirect_uri of code_verifier klopt niet"));
        } else {
            String naam = code.get("gebruiker");
            Map<String, Object> id = new LinkedHashMap<>(Tokens.claims(issuer, 5, naam, ROL.getOrDefault(naam, "")));
            if (code.get("nonce") != null && !code.get("nonce").isEmpty()) {
                id.put("nonce", code.get("nonce"));
            }
            json(uitwisseling, 200, Map.of("token_type", "Bearer", "expires_in", 300,
                    "access_token", Tokens.onderteken(SLEUTEL.getPrivate(), KID, Tokens.claims(issuer, 5, naam, ROL.getOrDefault(naam, ""))),
                    "id_token", Tokens.onderteken(SLEUTEL.getPrivate(), KID, id)));
        }
    }

    private static Map<String, Object> jwk(RSAPublicKey sleutel) {
        return Map.of("kty", "RSA", "kid", KID, "use", "sig", "alg", "RS256",
                "n", Tokens.b64(zonderTeken(sleutel.getModulus())), "e", Tokens.b64(zonderTeken(sleutel.getPublicExponent())));
    }

    private static byte[] zonderTeken(BigInteger getal) {
        byte[] b = getal.toByteArray();
        return b[0] == 0 ? java.util.Arrays.copyOfRange(b, 1, b.length) : b;
    }

    private static String s256(String verifier) {
        try {
            return Tokens.b64(MessageDigest.getInstance("SHA-256").digest(verifier.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> velden(String tekst) {
        Map<String, String> velden = new HashMap<>();
        for (String paar : tekst == null || tekst.isEmpty() ? new String[0] : tekst.split("&")) {
            int is = paar.indexOf('=');
            velden.put(URLDecoder.decode(is < 0 ? paar : paar.substring(0, is), StandardCharsets.UTF_8),
                    is < 0 ? "" : URLDecoder.decode(paar.substring(is + 1), StandardCharsets.UTF_8));
        }
        return velden;
    }

    private static String enc(String waarde) {
        return URLEncoder.encode(waarde == null ? "" : waarde, StandardCharsets.UTF_8);
    }

    private static void verwijs(HttpExchange uitwisseling, String naar) throws IOException {
        uitwisseling.getResponseHeaders().set("Location", naar);
        uitwisseling.sendResponseHeaders(302, -1);
        uitwisseling.close();
    }

    private static void json(HttpExchange uitwisseling, int status, Object inhoud) throws IOException {
        byte[] tekst = JSON.writeValueAsBytes(inhoud);
        uitwisseling.getResponseHeaders().set("Content-Type", "application/json");
        uitwisseling.sendResponseHeaders(status, tekst.length);
        uitwisseling.getResponseBody().write(tekst);
        uitwisseling.close();
    }
}
