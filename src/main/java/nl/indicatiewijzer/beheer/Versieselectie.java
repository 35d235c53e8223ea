package nl.indicatiewijzer.beheer;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import nl.indicatiewijzer.regels.Regeling;
import nl.indicatiewijzer.systeem.OngeldigVerzoekException;
import nl.indicatiewijzer.systeem.OngeldigeParameter;
import nl.indicatiewijzer.versies.Gebeurtenis;
import nl.indicatiewijzer.versies.Tijdlijn;

/**
 * Which versions the overview lists (query parameters of GET /regelsets): one regeling or all, a group
 * ({@code toon}), oldest or newest first, and a page. Without parameters: every version of every
 * regeling, oldest first, as before. After a busy day a regeling has hundreds of versions; the page asks
 * for the active and waiting ones, and for earlier or rejected ones twenty at a time.
 */
record Versieselectie(Regeling regeling, Toon toon, boolean nieuwsteEerst, Integer pagina, Integer perPagina) {
    static final int PER_PAGINA = 20;
    static final int MAXIMAAL_PER_PAGINA = 100;

    /** The groups of versions a person looks for. */
    enum Toon {
        /** the active version and what waits or is planned: every status not below */
        ACTUEEL,
        /** active once, or known only from advices */
        EERDERE,
        /** refused at upload: can never be activated */
        AFGEKEURD,
        ALLE;

        boolean omvat(Versieoverzicht.Status status) {
            return switch (this) {
                case ALLE -> true;
                case EERDERE -> status == Versieoverzicht.Status.EERDER_ACTIEF || status == Versieoverzicht.Status.GEARCHIVEERD;
                case AFGEKEURD -> status == Versieoverzicht.Status.AFGEKEURD;
                case ACTUEEL -> !EERDERE.omvat(status) && !AFGEKEURD.omvat(status);
            };
        }

        String code() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    static Versieselectie uit(String regeling, String toon, String volgorde, String pagina, String perPagina) {
        List<OngeldigeParameter> fouten = new ArrayList<>();
        Regeling r = null;
        if (regeling != null) {
            r = Regeling.vanCode(regeling);
            if (r == null) {
                fouten.add(new OngeldigeParameter("regeling", "een van " + java.util.Arrays.stream(Regeling.values()).map(Regeling::code)
                    .collect(java.util.stream.Collectors.joining(", "))));
            }
        }
        Toon t = Toon.ALLE;
        if (toon != null) {
            t = List.of(Toon.values()).stream().filter(w -> w.code().equals(toon)).findFirst().orElse(null);
            if (t == null) {
                fouten.add(new OngeldigeParameter("toon", "een van actueel, eerdere, afgekeurd, alle"));
            }
        }
        if (volgorde != null && !List.of("oudste-eerst", "nieuwste-eerst").contains(volgorde)) {
            fouten.add(new OngeldigeParameter("volgorde", "oudste-eerst of nieuwste-eerst"));
        }
        Integer p = getal(pagina, "pagina", 1, Integer.MAX_VALUE, fouten);
        Integer n = getal(perPagina, "perPagina", 1, MAXIMAAL_PER_PAGINA, fouten);
        if (!fouten.isEmpty()) {
            throw new OngeldigVerzoekException(fouten);
        }
        boolean gepagineerd = p != null || n != null;
        return new Versieselectie(r, t, "nieuwste-eerst".equals(volgorde), gepagineerd ? p == null ? 1 : p : null,
                gepagineerd ? n == null ? PER_PAGINA : n : null);
    }

    boolean omvat(Regeling r) {
        return regeling == null || regeling == r;
    }

    Versieoverzicht.Regelingversies pas(String code, String actief, List<Versieoverzicht.Versieregel> alle, List<Gebeurtenis> gebeurtenissen) {
        Map<String, Integer> aantallen = new LinkedHashMap<>();
        for (Toon t : Toon.values()) {
            aantallen.put(t.code(), (int) alle.stream().filter(v -> t.omvat(v.status())).count());
        }
        List<Versieoverzicht.Versieregel> gekozen = new ArrayList<>(alle.stream().filter(v -> toon.omvat(v.status())).toList());
        if (nieuwsteEerst) {
            Collections.reverse(gekozen);
        }
        List<Versieoverzicht.Versieregel> getoond = gekozen;
        if (pagina != null) {
            long van = Math.min((long) (pagina - 1) * perPagina, gekozen.size());
            getoond = gekozen.subList((int) van, (int) Math.min(van + perPagina, gekozen.size()));
        }
        Versieoverzicht.Versieregel actieve = alle.stream().filter(v -> v.versie().equals(actief)).findFirst().orElse(null);
        return new Versieoverzicht.Regelingversies(code, actief, Tijdlijn.uit(gebeurtenissen).ingangen(), actieve, aantallen, toon.code(),
                pagina, perPagina, gekozen.size(),
                List.copyOf(getoond), gebeurtenissen);
    }

    private static Integer getal(String tekst, String veld, int min, int max, List<OngeldigeParameter> fouten) {
        if (tekst == null) {
            return null;
        }
        try {
            int n = Integer.parseInt(tekst);
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        fouten.add(new OngeldigeParameter(veld, "een geheel getal van " + min + (max == Integer.MAX_VALUE ? " of meer" : " tot en met " + max)));
        return null;
    }
}
