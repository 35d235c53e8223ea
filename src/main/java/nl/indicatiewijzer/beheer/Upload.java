package nl.indicatiewijzer.beheer;

/** One uploaded file: the name it had on the policy worker's computer and its bytes. */
public record Upload(String naam, byte[] inhoud) {

    public boolean isBeslistabel() {
        return naam.endsWith(".drl.xlsx");
    }

    public boolean isScenariobestand() {
        return naam.endsWith(".yaml") || naam.endsWith(".yml");
    }
}
