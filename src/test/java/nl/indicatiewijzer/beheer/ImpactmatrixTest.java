package nl.indicatiewijzer.beheer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The matrix of an impact analysis puts the changed cells first, largest first, and says which they are. */
class ImpactmatrixTest {
    @Test
    void gewijzigdeCellenStaanVooraanEnZijnGemarkeerd() throws Exception {
        Impact.Matrix matrix = new Impact.Matrix();
        for (int i = 0; i < 50; i++) {
            matrix.tel("INDICATIE", "INDICATIE", "gelijk-" + i);
        }
        matrix.tel("INDICATIE", "GEEN_MAATWERK", "a");
        for (int i = 0; i < 3; i++) {
            matrix.tel("ONVOLLEDIG", "INDICATIE", "b-" + i);
        }
        matrix.tel("ONVOLLEDIG", "ONVOLLEDIG", "c");
        List<Impact.Overgang> overgangen = matrix.overgangen();
        assertEquals(List.of("ONVOLLEDIG>INDICATIE", "INDICATIE>GEEN_MAATWERK", "INDICATIE>INDICATIE", "ONVOLLEDIG>ONVOLLEDIG"),
                overgangen.stream().map(o -> o.oud() + ">" + o.nieuw()).toList());
        assertEquals(List.of(true, true, false, false), overgangen.stream().map(Impact.Overgang::gewijzigd).toList());
        assertEquals(List.of("b-0", "b-1", "b-2"), overgangen.get(0).voorbeelden());
        String json = new ObjectMapper().writeValueAsString(overgangen.get(0));
        assertEquals("{\"oud\":\"ONVOLLEDIG\",\"nieuw\":\"INDICATIE\",\"gewijzigd\":true,\"aantal\":3,\"voorbeelden\":[\"b-0\",\"b-1\",\"b-2\"]}", json);
    }
}
