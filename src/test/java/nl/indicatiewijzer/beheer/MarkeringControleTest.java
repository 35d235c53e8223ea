package nl.indicatiewijzer.beheer;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.drools.decisiontable.InputType;
import org.drools.decisiontable.SpreadsheetCompiler;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.KieSession;
import org.kie.internal.utils.KieHelper;

/**
 * The control of {@link GeenCodeUitTabellenTest}: its payloads are live. Handed to Drools' own
 * spreadsheet compiler (on the test class path only; the service never uses it), the same
 * workbooks do create the marker file.
 */
class MarkeringControleTest {

    @ParameterizedTest
    @ValueSource(strings = {"Functions onder de tabel", "ruletable in kleine letters", "scheidingsrij met U+a0"})
    void doorDeSpreadsheetcompilerVanDroolsGelezenDraaitDeCodeWel(String route) throws Exception {
        Path markering = Path.of("target", "controle-" + System.nanoTime()).toAbsolutePath();
        byte[] werkmap = GeenCodeUitTabellenTest.Markering.aanvallen(markering).get(route);
        String drl = new SpreadsheetCompiler().compile(new ByteArrayInputStream(werkmap), InputType.XLS);
        KieSession sessie = new KieHelper().addContent(drl, ResourceType.DRL).build().newKieSession();
        nl.indicatiewijzer.regels.feiten.Perceel perceel = new nl.indicatiewijzer.regels.feiten.Perceel(1, 1, true);
        sessie.insert(perceel);
        sessie.fireAllRules();
        sessie.dispose();
        assertTrue(Files.exists(markering), route + ": met Drools' eigen lezer draait de code");
        Files.delete(markering);
    }
}
