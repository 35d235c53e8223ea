package nl.indicatiewijzer.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares an answer with a scenario's {@code verwacht}: only what the scenario names, plus what holds
 * for every advice (each line of motivering, afgewezen and waarschuwingen has its source and no
 * unfilled placeholder, no line or product stands there twice, and a rule is named in words, not by a
 * file). {@code motivering} lists lines that must be there (each with the fields it names);
 * {@code nietInMotivering} texts that no line of the motivering may contain.
 */
public final class Verwachting {
    private Verwachting() {
    }

    public static List<Afwijking> toets(JsonNode verwacht, int status, JsonNode antwoord) {
        List<Afwijking> af = new ArrayList<>();
        int verwachteStatus = verwacht.path("status").asInt(200);
        if (status != verwachteStatus) {
            af.add(new Afwijking("status", String.valueOf(verwachteStatus), status + " " + antwoord.path("detail").asText("")));
            return af;
        }
        if (status != 200) {
            List<String> velden = waarden(antwoord.path("invalidParams"), "name");
            verwacht.path("invalidParams").forEach(v -> bevat(af, "invalidParams", velden, v.asText()));
            return af;
        }
        gelijk(af, verwacht, "uitkomst", antwoord.path("uitkomst"));
        gelijk(af, verwacht, "verwijzing", antwoord.path("verwijzing").path("naar"));
        gelijk(af, verwacht, "perceel", antwoord.path("perceel").path("nummer"));
        if (verwacht.has("arrangement")) {
            deelVan(af, "arrangement", verwacht.get("arrangement"), antwoord.path("arrangement"));
        }
        List<String> codes = waarden(antwoord.path("producten"), "code");
        for (JsonNode product : verwacht.path("producten")) {
            String code = product.isTextual() ? product.asText() : product.path("code").asText();
            if (bevat(af, "producten", codes, code) && product.isObject()) {
                deelVan(af, "producten[" + code + "]", product, antwoord.path("producten").get(codes.indexOf(code)));
            }
        }
        for (JsonNode code : verwacht.path("nietProducten")) {
            if (codes.contains(code.asText())) {
                af.add(new Afwijking("producten", "zonder " + code.asText(), String.join(", ", codes)));
            }
        }
        if (verwacht.path("geenKmKlasse").asBoolean(false)) {
            antwoord.path("producten").forEach(p -> {
                if (p.has("kmKlasse")) {
                    af.add(new Afwijking("producten[" + p.path("code").asText() + "].kmKlasse", "geen", p.get("kmKlasse").asText()));
                }
            });
        }
        List<String> ontbrekend = waarden(antwoord.path("ontbrekend"), null);
        verwacht.path("ontbrekend").forEach(v -> bevat(af, "ontbrekend", ontbrekend, v.asText()));
        List<String> afgewezen = waarden(antwoord.path("afgewezen"), "optie");
        verwacht.path("afgewezen").forEach(v -> bevat(af, "afgewezen", afgewezen, v.asText()));
        for (JsonNode optie : verwacht.path("nietAfgewezen")) {
            if (afgewezen.contains(optie.asText())) {
                af.add(new Afwijking("afgewezen", "zonder " + optie.asText(), String.join(", ", afgewezen)));
            }
        }
        if (verwacht.has("waarschuwing")) {
            boolean gekregen = antwoord.path("waarschuwingen").size() > 0;
            if (verwacht.get("waarschuwing").asBoolean() != gekregen) {
                af.add(new Afwijking("waarschuwingen", verwacht.get("waarschuwing").asBoolean() ? "een waarschuwing" : "geen",
                        gekregen ? antwoord.path("waarschuwingen").toString() : "geen"));
            }
        }
        for (JsonNode regel : verwacht.path("motivering")) {
            if (!heeftRegel(antwoord.path("motivering"), regel)) {
                af.add(new Afwijking("motivering", regel.toString(), antwoord.path("motivering").toString()));
            }
        }
        for (JsonNode tekst : verwacht.path("nietInMotivering")) {
            antwoord.path("motivering").forEach(r -> {
                if (r.path("tekst").asText().contains(tekst.asText())) {
                    af.add(new Afwijking("motivering", "zonder '" + tekst.asText() + "'", r.toString()));
                }
            });
        }
        elkeRegelHeeftZijnBron(af, antwoord);
        return af;
    }

    private static void elkeRegelHeeftZijnBron(List<Afwijking> af, JsonNode antwoord) {
        List<String> codes = waarden(antwoord.path("producten"), "code");
        if (codes.stream().distinct().count() < codes.size()) {
            af.add(new Afwijking("producten", "elk product één keer", String.join(", ", codes)));
        }
        for (String lijst : List.of("motivering", "afgewezen", "waarschuwingen")) {
            java.util.Set<JsonNode> gezien = new java.util.HashSet<>();
            for (JsonNode regel : antwoord.path(lijst)) {
                if (regel.path("regel").asText().contains(".drl")) {
                    af.add(new Afwijking(lijst + ".regel", "een naam in woorden (bestand en rij in tabelrij)", regel.toString()));
                }
                if (!gezien.add(regel)) {
                    af.add(new Afwijking(lijst, "elke regel één keer", regel.toString()));
                }
                if (regel.path("bron").asText().isBlank()) {
                    af.add(new Afwijking(lijst + ".bron", "een bron bij elke regel", regel.toString()));
                }
                if (regel.path(lijst.equals("afgewezen") ? "reden" : "tekst").asText().contains("{")) {
                    af.add(new Afwijking(lijst, "ingevulde tekst", regel.toString()));
                }
            }
        }
    }

    private static boolean heeftRegel(JsonNode regels, JsonNode verwacht) {
        for (JsonNode r : regels) {
            List<Afwijking> verschil = new ArrayList<>();
            deelVan(verschil, "", verwacht, r);
            if (verschil.isEmpty()) {
                return true;
            }
        }
        return false;
    }

    private static void gelijk(List<Afwijking> af, JsonNode verwacht, String veld, JsonNode werkelijk) {
        if (verwacht.has(veld) && !verwacht.get(veld).asText().equals(werkelijk.asText())) {
            af.add(new Afwijking(veld, verwacht.get(veld).asText(), werkelijk.isMissingNode() ? "(geen)" : werkelijk.asText()));
        }
    }

    private static boolean bevat(List<Afwijking> af, String veld, List<String> werkelijk, String verwacht) {
        if (werkelijk.contains(verwacht)) {
            return true;
        }
        af.add(new Afwijking(veld, "met " + verwacht, werkelijk.isEmpty() ? "(geen)" : String.join(", ", werkelijk)));
        return false;
    }

    private static void deelVan(List<Afwijking> af, String waar, JsonNode verwacht, JsonNode werkelijk) {
        verwacht.fields().forEachRemaining(e -> {
            JsonNode w = werkelijk.path(e.getKey());
            if (e.getValue().isObject()) {
                deelVan(af, waar + "." + e.getKey(), e.getValue(), w);
                return;
            }
            if (e.getValue().isArray()) {
                List<String> gekregen = waarden(w, null);
                e.getValue().forEach(v -> bevat(af, waar + "." + e.getKey(), gekregen, v.asText()));
                return;
            }
            boolean zelfde = e.getValue().isNumber()
                    ? w.isNumber() && w.decimalValue().compareTo(e.getValue().decimalValue()) == 0
                    : e.getValue().asText().equals(w.asText());
            if (!zelfde) {
                af.add(new Afwijking(waar + "." + e.getKey(), e.getValue().asText(), w.isMissingNode() ? "(geen)" : w.asText()));
            }
        });
    }

    private static List<String> waarden(JsonNode lijst, String veld) {
        List<String> waarden = new ArrayList<>();
        lijst.forEach(n -> waarden.add(veld == null ? n.asText() : n.path(veld).asText()));
        return waarden;
    }
}
