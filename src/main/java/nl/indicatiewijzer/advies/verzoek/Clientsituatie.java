package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.advies.begrippen.*;
import nl.indicatiewijzer.regels.Regeling;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
/**
 * The client situation an intake worker sends (CONTRACT.md, "Request: a client situation").
 * Absent arrays and maps read as empty, absent booleans as false; absent enums and numbers stay null
 * so that a rule which needs them can say ONVOLLEDIG instead of guessing. These fields and their
 * annotations are the request schema: the served OpenAPI document, the validation and the intake form
 * all come from them.
 */
@Schema(name = "Clientsituatie", additionalProperties = Schema.False.class, description = "De situatie van de cliënt zoals de intake "
        + "haar vastlegt (CONTRACT.md, \"Asking for advice\"). Een regel die een waarde mist, maakt het advies ONVOLLEDIG.")
public class Clientsituatie {

    @Schema(description = "Welke regeling (regelset) beslist; verplicht tenzij de gemeente er een aanwijst.")
    private Regeling regeling;
    @Size(max = 100)
    @Schema(description = "Naam van de gemeente; een bekende gemeente wijst de regeling aan en mag haar niet tegenspreken.", example = "Weert")
    private String gemeente;
    @NotNull
    @Schema(description = "De datum waarop de indicatie zou ingaan; bepaalt welke producten bestaan en de einddata.", example = "2027-03-01")
    private LocalDate peildatum;
    @Size(max = 64)
    @Schema(description = "Zaakreferentie van de aanroeper; wordt alleen als sleutelhash (HMAC-SHA256) bewaard, nooit leesbaar en nooit gelogd.",
            example = "zaak-2027-0042")
    private String clientReferentie;
    @Schema(description = "In natura (standaard) of als persoonsgebonden budget.")
    private Leveringsvorm leveringsvorm;
    @NotNull @Min(0) @Max(130)
    @Schema(description = "Leeftijd in jaren.", example = "38")
    private Integer leeftijd;
    @Size(max = 64)
    @Schema(description = "De CIZ-grondslagen die van toepassing zijn.")
    private List<Grondslag> grondslagen;
    @Schema(description = "Verplicht bij meer dan één grondslag; moet een van de grondslagen zijn.")
    private Grondslag dominanteGrondslag;
    @Schema(description = "Niet-aangeboren hersenletsel (geen grondslag).")
    private Boolean nah;
    @Schema(description = "De beperkingen komen voort uit ouderdom (mlw-mer perceel 4).")
    private Boolean ouderdomsgerelateerd;
    @Schema(description = "Per leefgebied de ernst van de problematiek.", propertyNames = Leefgebied.class)
    private Map<Leefgebied, Ernst> leefgebieden;
    @Schema(description = "Complexiteit van de problematiek.")
    private Complexiteit complexiteit;
    @Schema(description = "Risico voor de veiligheid van cliënt of omgeving (VERHOOGD: verhoogd maar nog niet gemiddeld).")
    private Veiligheidsrisico veiligheidsrisico;
    @Size(max = 64)
    @Schema(description = "Structureel voorkomend gedrag (bkb24 plus).")
    private List<Gedrag> gedrag;
    @Size(max = 64)
    @Schema(description = "De vijf kenmerken van mlw-mer perceel 6 die aanwezig zijn of dreigen.")
    private List<KenmerkComplex> kenmerkenComplex;
    @Schema(description = "Inzicht in de eigen problematiek; herkent wanneer hulp nodig is.")
    private Zelfinzicht zelfinzicht;
    @Schema(description = "Eigen regie over het dagelijks leven.")
    private Zelfregie zelfregie;
    @Schema(description = "Belastbaarheid.")
    private Belastbaarheid belastbaarheid;
    @Schema(description = "Leerbaarheid.")
    private Leerbaarheid leerbaarheid;
    @Schema(description = "Doel van de ondersteuning.")
    private Perspectief perspectief;
    @Schema(description = "Planbaarheid van de ondersteuning.")
    private Planbaarheid planbaarheid;
    @Schema(description = "Kan de benodigde zorg aangeven, initiëren en organiseren.")
    private ZorgOrganiseren zorgOrganiseren;
    @Schema(description = "Staat open voor hulp.")
    private OpenVoorHulp openVoorHulp;
    @Schema(description = "Eigen steunend netwerk.")
    private Netwerk netwerk;
    @Schema(description = "Daginvulling.")
    private Daginvulling daginvulling;
    @Schema(description = "Beperkingen van functionele aard.")
    private FunctioneleBeperkingen functioneleBeperkingen;
    @Schema(description = "Problemen in de sociale zelfredzaamheid.")
    private Zelfredzaamheidsprobleem socialeZelfredzaamheid;
    @Schema(description = "Problemen in de psychische zelfredzaamheid.")
    private Zelfredzaamheidsprobleem psychischeZelfredzaamheid;
    @Schema(description = "Doet het huishouden zelfstandig.")
    private HuishoudelijkeZelfstandigheid huishoudelijkeZelfstandigheid;
    @Size(max = 64)
    @Schema(description = "De hulpvragen van de cliënt.")
    private List<Hulpvraag> hulpvragen;
    @Schema(description = "Het soort dagbesteding dat gezocht wordt.")
    private DagbestedingType dagbestedingType;
    @DecimalMin("0") @DecimalMax("100")
    @Schema(description = "Loonwaarde in procenten (bkb24: arbeidsmatige dagbesteding alleen onder 15).", example = "10")
    private Double loonwaardePercentage;
    @Schema(description = "Groepsbegeleiding: contra-indicatie en grootste groep waarin de cliënt kan functioneren.")
    private Groep groep;
    @Schema(description = "Toezicht: permanent tijdens het verblijf, of 24 uur per dag in de nabijheid.")
    private Toezicht toezicht;
    @Schema(description = "Heeft een Wlz-indicatie.")
    private Boolean wlzIndicatie;
    @Schema(description = "Een Wlz-indicatie is aangevraagd en loopt.")
    private Boolean wlzAanvraagLopend;
    @Schema(description = "Behandeling (Ggz/Zvw) gaat voor op begeleiding.")
    private Boolean behandelingVoorliggend;
    @Schema(description = "De cliënt wordt nu behandeld.")
    private Boolean inBehandeling;
    @Schema(description = "Wacht op behandeling.")
    private Boolean wachtlijstBehandeling;
    @Schema(description = "De vraag is persoonlijke verzorging of verpleging onder de Zvw.")
    private Boolean zvwZorgNodig;
    @Schema(description = "Algemene voorzieningen en het eigen netwerk volstaan.")
    private Boolean voorliggendToereikend;
    @Schema(description = "Beschermd wonen: toewijzing, wachtend of uitstroom.")
    private BeschermdWonen beschermdWonen;
    @Schema(description = "De situatie van de mantelzorger.")
    private Mantelzorg mantelzorg;
    @DecimalMin("0") @DecimalMax("7")
    @Schema(description = "Gevraagde etmalen kortdurend verblijf per week.", example = "2")
    private Double kdvEtmalenPerWeek;
    @DecimalMin("0") @DecimalMax("52")
    @Schema(description = "Gevraagd als één aaneengesloten verblijf van zoveel weken.", example = "2")
    private Double kdvAaneengeslotenWeken;
    @DecimalMin("0") @DecimalMax("366")
    @Schema(description = "Gevraagde etmalen per jaar.", example = "52")
    private Double kdvEtmalenPerJaar;
    @Schema(description = "Vervoer naar de dagbesteding; weglaten als er geen vervoer gevraagd is.")
    private Vervoer vervoer;
    @Schema(description = "Het huishouden (Stede Broec Bijlage 2, profiel 4).")
    private Huishouden huishouden;
    @Size(max = 16)
    @Schema(description = "Redenen om de uren individuele begeleiding als pgb te verhogen (Stede Broec Bijlage 3).")
    private List<Ophoging> ophogingen;
    @Schema(description = "Een arrangement dat de aanroeper voorstelt, om te toetsen.")
    private GevraagdArrangement gevraagdArrangement;

    public Regeling getRegeling() {
        return regeling;
    }

    public String getGemeente() {
        return gemeente;
    }

    public LocalDate getPeildatum() {
        return peildatum;
    }

    public String getClientReferentie() {
        return clientReferentie;
    }

    public Leveringsvorm getLeveringsvorm() {
        return leveringsvorm;
    }

    public Integer getLeeftijd() {
        return leeftijd;
    }

    public List<Grondslag> getGrondslagen() {
        return grondslagen == null ? List.of() : grondslagen;
    }

    public Grondslag getDominanteGrondslag() {
        return dominanteGrondslag;
    }

    public boolean isNah() {
        return Boolean.TRUE.equals(nah);
    }

    public boolean isOuderdomsgerelateerd() {
        return Boolean.TRUE.equals(ouderdomsgerelateerd);
    }

    public Map<Leefgebied,Ernst> getLeefgebieden() {
        return leefgebieden == null ? Map.of() : leefgebieden;
    }

    public Complexiteit getComplexiteit() {
        return complexiteit;
    }

    public Veiligheidsrisico getVeiligheidsrisico() {
        return veiligheidsrisico;
    }

    public List<Gedrag> getGedrag() {
        return gedrag == null ? List.of() : gedrag;
    }

    public List<KenmerkComplex> getKenmerkenComplex() {
        return kenmerkenComplex == null ? List.of() : kenmerkenComplex;
    }

    public Zelfinzicht getZelfinzicht() {
        return zelfinzicht;
    }

    public Zelfregie getZelfregie() {
        return zelfregie;
    }

    public Belastbaarheid getBelastbaarheid() {
        return belastbaarheid;
    }

    public Leerbaarheid getLeerbaarheid() {
        return leerbaarheid;
    }

    public Perspectief getPerspectief() {
        return perspectief;
    }

    public Planbaarheid getPlanbaarheid() {
        return planbaarheid;
    }

    public ZorgOrganiseren getZorgOrganiseren() {
        return zorgOrganiseren;
    }

    public OpenVoorHulp getOpenVoorHulp() {
        return openVoorHulp;
    }

    public Netwerk getNetwerk() {
        return netwerk;
    }

    public Daginvulling getDaginvulling() {
        return daginvulling;
    }

    public FunctioneleBeperkingen getFunctioneleBeperkingen() {
        return functioneleBeperkingen;
    }

    public Zelfredzaamheidsprobleem getSocialeZelfredzaamheid() {
        return socialeZelfredzaamheid;
    }

    public Zelfredzaamheidsprobleem getPsychischeZelfredzaamheid() {
        return psychischeZelfredzaamheid;
    }

    public HuishoudelijkeZelfstandigheid getHuishoudelijkeZelfstandigheid() {
        return huishoudelijkeZelfstandigheid;
    }

    public List<Hulpvraag> getHulpvragen() {
        return hulpvragen == null ? List.of() : hulpvragen;
    }

    public DagbestedingType getDagbestedingType() {
        return dagbestedingType;
    }

    public Double getLoonwaardePercentage() {
        return loonwaardePercentage;
    }

    public Groep getGroep() {
        return groep;
    }

    public Toezicht getToezicht() {
        return toezicht;
    }

    public boolean isWlzIndicatie() {
        return Boolean.TRUE.equals(wlzIndicatie);
    }

    public boolean isWlzAanvraagLopend() {
        return Boolean.TRUE.equals(wlzAanvraagLopend);
    }

    public boolean isBehandelingVoorliggend() {
        return Boolean.TRUE.equals(behandelingVoorliggend);
    }

    public boolean isInBehandeling() {
        return Boolean.TRUE.equals(inBehandeling);
    }

    public boolean isWachtlijstBehandeling() {
        return Boolean.TRUE.equals(wachtlijstBehandeling);
    }

    public boolean isZvwZorgNodig() {
        return Boolean.TRUE.equals(zvwZorgNodig);
    }

    public boolean isVoorliggendToereikend() {
        return Boolean.TRUE.equals(voorliggendToereikend);
    }

    public BeschermdWonen getBeschermdWonen() {
        return beschermdWonen;
    }

    public Mantelzorg getMantelzorg() {
        return mantelzorg;
    }

    public Double getKdvEtmalenPerWeek() {
        return kdvEtmalenPerWeek;
    }

    public Double getKdvAaneengeslotenWeken() {
        return kdvAaneengeslotenWeken;
    }

    public Double getKdvEtmalenPerJaar() {
        return kdvEtmalenPerJaar;
    }

    public Vervoer getVervoer() {
        return vervoer;
    }

    public Huishouden getHuishouden() {
        return huishouden;
    }

    public List<Ophoging> getOphogingen() {
        return ophogingen == null ? List.of() : ophogingen;
    }

    public GevraagdArrangement getGevraagdArrangement() {
        return gevraagdArrangement;
    }

    /** The self-reliance indicators, complexity and risk that are given, by their contract names, in the contract's order. */
    @Schema(hidden = true)
    public Map<String, Enum<?>> getIndicatoren() {
        Map<String, Enum<?>> indicatoren = new java.util.LinkedHashMap<>();
        Object[] paren = {"zelfinzicht", zelfinzicht, "zelfregie", zelfregie, "belastbaarheid", belastbaarheid,
            "leerbaarheid", leerbaarheid, "planbaarheid", planbaarheid, "zorgOrganiseren", zorgOrganiseren,
            "openVoorHulp", openVoorHulp, "netwerk", netwerk, "daginvulling", daginvulling,
            "functioneleBeperkingen", functioneleBeperkingen, "socialeZelfredzaamheid", socialeZelfredzaamheid,
            "psychischeZelfredzaamheid", psychischeZelfredzaamheid, "huishoudelijkeZelfstandigheid", huishoudelijkeZelfstandigheid,
            "complexiteit", complexiteit, "veiligheidsrisico", veiligheidsrisico};
        for (int i = 0; i < paren.length; i += 2) {
            if (paren[i + 1] != null) {
                indicatoren.put((String) paren[i], (Enum<?>) paren[i + 1]);
            }
        }
        return indicatoren;
    }
}
