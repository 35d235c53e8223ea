package nl.indicatiewijzer.advies.verzoek;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import nl.indicatiewijzer.advies.begrippen.*;

@JsonAutoDetect(fieldVisibility = JsonAutoDetect.Visibility.ANY, getterVisibility = JsonAutoDetect.Visibility.NONE, isGetterVisibility = JsonAutoDetect.Visibility.NONE)
/**
 * The client situation an intake worker sends (CONTRACT.md, "Request: a client situation").
 * Absent arrays and maps read as empty, absent booleans as false; absent enums and numbers stay null
 * so that a rule which needs them can say ONVOLLEDIG instead of guessing.
 */
public class Clientsituatie {

    private Regeling regeling;
    @MaxLengte(100)
    private String gemeente;
    @Verplicht
    private LocalDate peildatum;
    @MaxLengte(64)
    private String clientReferentie;
    private Leveringsvorm leveringsvorm;
    @Verplicht @Bereik(min=0,max=130)
    private Integer leeftijd;
    private List<Grondslag> grondslagen;
    private Grondslag dominanteGrondslag;
    private Boolean nah;
    private Boolean ouderdomsgerelateerd;
    private Map<Leefgebied,Ernst> leefgebieden;
    private Complexiteit complexiteit;
    private Veiligheidsrisico veiligheidsrisico;
    private List<Gedrag> gedrag;
    private List<KenmerkComplex> kenmerkenComplex;
    private Zelfinzicht zelfinzicht;
    private Zelfregie zelfregie;
    private Belastbaarheid belastbaarheid;
    private Leerbaarheid leerbaarheid;
    private Perspectief perspectief;
    private Planbaarheid planbaarheid;
    private ZorgOrganiseren zorgOrganiseren;
    private OpenVoorHulp openVoorHulp;
    private Netwerk netwerk;
    private Daginvulling daginvulling;
    private FunctioneleBeperkingen functioneleBeperkingen;
    private Zelfredzaamheidsprobleem socialeZelfredzaamheid;
    private Zelfredzaamheidsprobleem psychischeZelfredzaamheid;
    private HuishoudelijkeZelfstandigheid huishoudelijkeZelfstandigheid;
    private List<Hulpvraag> hulpvragen;
    private DagbestedingType dagbestedingType;
    @Bereik(min=0,max=100)
    private Double loonwaardePercentage;
    private Groep groep;
    private Toezicht toezicht;
    private Boolean wlzIndicatie;
    private Boolean wlzAanvraagLopend;
    private Boolean behandelingVoorliggend;
    private Boolean inBehandeling;
    private Boolean wachtlijstBehandeling;
    private Boolean zvwZorgNodig;
    private Boolean voorliggendToereikend;
    private BeschermdWonen beschermdWonen;
    private Mantelzorg mantelzorg;
    @Bereik(min=0,max=7)
    private Double kdvEtmalenPerWeek;
    @Bereik(min=0,max=52)
    private Double kdvAaneengeslotenWeken;
    @Bereik(min=0,max=366)
    private Double kdvEtmalenPerJaar;
    private Vervoer vervoer;
    private Huishouden huishouden;
    @MaxLengte(16)
    private List<Ophoging> ophogingen;
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
