package nl.indicatiewijzer.beslistabel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;
import org.kie.api.runtime.KieSession;

/**
 * Whatever text a policy worker types stays text: as a literal in an annotation (read back through
 * MVEL), in a constraint (MVEL), in a consequence (Java) and a modify block, and in a comment, it
 * compiles and comes back exactly as typed, and nothing else runs. One knowledge base per try holds a rule per string.
 */
public class LiteraalTest {
    private static final String PAKKET = "nl.indicatiewijzer.proef.literaal";

    /** A fact a table's rules constrain and change. */
    public static class Feit {
        private final String code;
        private String naam;
        private String ander;
        private int geraakt;

        public Feit(String code) {
            this.code = code;
        }

        public String getCode() {
            return code;
        }

        public String getNaam() {
            return naam;
        }

        public void setNaam(String naam) {
            this.naam = naam;
            geraakt++;
        }

        public String getAnder() {
            return ander;
        }

        public void setAnder(String ander) {
            this.ander = ander;
        }
    }

    @Property(tries = 25)
    void elkeTekstKomtOnveranderdTerugUitAnnotatieVoorwaardeEnGevolg(@ForAll("teksten") @Size(min = 1, max = 60) List<String> teksten) {
        StringBuilder drl = new StringBuilder("package " + PAKKET + ";\nimport " + Feit.class.getCanonicalName() + ";\n");
        for (int i = 0; i < teksten.size(); i++) {
            String literaal = Literaal.van(teksten.get(i));
            assertTrue(literaal.chars().allMatch(c -> c >= 0x20 && c < 0x7F), "alleen afdrukbare ASCII: " + literaal);
            drl.append("rule \"r").append(i).append("\"\n\t@tekst(").append(literaal).append(")\n\tlock-on-active true\n\twhen\n\t\t")
                    .append("$f : Feit(code == ").append(literaal).append(")\n\tthen\n\t\t// ").append(literaal).append("\n\t\t$f.setNaam(")
                    .append(literaal).append(");\n\t\tmodify($f){ setAnder(").append(literaal).append(") }\nend\n");
        }
        KieBase basis = bouw(drl.toString());
        for (int i = 0; i < teksten.size(); i++) {
            String tekst = teksten.get(i);
            assertEquals(tekst, basis.getRule(PAKKET, "r" + i).getMetaData().get("tekst"), "annotatie");
            Feit feit = new Feit(tekst);
            KieSession sessie = basis.newKieSession();
            sessie.insert(feit);
            sessie.fireAllRules();
            sessie.dispose();
            assertEquals(tekst, feit.getNaam(), "voorwaarde en gevolg");
            assertEquals(tekst, feit.getAnder(), "in een modify-blok");
            assertEquals((int) teksten.stream().filter(tekst::equals).count(), feit.geraakt, "alleen de regels van deze tekst vuurden");
        }
    }

    /** MVEL moves U+0000 to the end of a literal; the table readers refuse it, and so does the literal. */
    @Property(tries = 50)
    void eenTekstMetU0000WordtGeweigerdEnNietVerschoven(@ForAll @StringLength(max = 10) String voor, @ForAll @StringLength(max = 10) String na) {
        assertThrows(IllegalArgumentException.class, () -> Literaal.van(voor + '\0' + na));
    }

    @Provide
    Arbitrary<List<String>> teksten() {
        Arbitrary<String> tekst = Arbitraries.oneOf(
                Arbitraries.strings().all().excludeChars('\0').ofMaxLength(40),
                Arbitraries.strings().withChars("\"\\\n\r\tu0123456789ABCDEFabcdef$@{}()'/*;").ofMaxLength(30),
                Arbitraries.of("\\u0022); System.exit(3); //", "\\\"", "eindigt op \\", "\\\\", "a\\\"b\\", "\"); end rule \"x\" when then System.exit(4); end //",
                        "a ) b ( c", "${1+1}", "@{x}", "*/ /* //", "\u2028\u2029\u0085", "\uD83D\uDE00", "\u202Eabc", "\\u000A"));
        return tekst.list().ofMinSize(1).ofMaxSize(60);
    }

    private static KieBase bouw(String drl) {
        KieServices ks = KieServices.Factory.get();
        KieFileSystem kfs = ks.newKieFileSystem();
        ReleaseId id = ks.newReleaseId("nl.indicatiewijzer.proef", "literaal", "1." + System.nanoTime());
        kfs.generateAndWritePomXML(id);
        kfs.write("src/main/resources/" + PAKKET.replace('.', '/') + "/r.drl", drl);
        KieBuilder builder = ks.newKieBuilder(kfs).buildAll();
        List<String> fouten = new ArrayList<>();
        builder.getResults().getMessages(Message.Level.ERROR).forEach(m -> fouten.add(m.getText()));
        assertEquals(List.of(), fouten, drl);
        KieBase basis = ks.newKieContainer(id).getKieBase();
        ks.getRepository().removeKieModule(id);
        return basis;
    }
}
