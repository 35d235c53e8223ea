package nl.indicatiewijzer.regels.feiten;

import java.math.BigDecimal;
import java.time.LocalDate;
import nl.indicatiewijzer.advies.begrippen.Grondslag;
import org.kie.api.definition.type.Modifies;

/**
 * A product the rules advise. Advice rules create it; the product table adds name, unit and iWmo
 * category; limit tables add the limits that capping rules read.
 */
public class Product {
    private final String code;
    private final Integer perceel;
    private final Grondslag grondslag;
    private String naam;
    private String eenheid;
    private String productcategorie;
    private BigDecimal omvang;
    private String omvangEenheid;
    private Integer maxDuurMaanden;
    private LocalDate einddatum;
    private String kmKlasse;
    private java.util.List<String> vervolg;
    private String vervolgBron;
    private Boolean rolstoel;
    private BigDecimal tarief;
    private Integer tariefJaar;
    private Integer maxEtmalenPerWeek;
    private Integer maxAaneengeslotenWeken;
    private Integer maxEtmalenPerJaar;

    public Product(String code, Integer perceel, Grondslag grondslag) {
        this.code = code;
        this.perceel = perceel;
        this.grondslag = grondslag;
    }

    /** The allocation runs from the peildatum for at most the given months, never past the last purchased day. */
    @Modifies({"maxDuurMaanden", "einddatum"})
    public void toewijzen(LocalDate peildatum, Integer maanden, LocalDate uiterlijk) {
        this.maxDuurMaanden = maanden;
        if (maanden != null) {
            LocalDate eind = peildatum.plusMonths(maanden).minusDays(1);
            this.einddatum = uiterlijk != null && uiterlijk.isBefore(eind) ? uiterlijk : eind;
        }
    }

    @Modifies({"omvang", "omvangEenheid"})
    public void setOmvang(Number omvang, String eenheid) {
        this.omvang = new BigDecimal(omvang.toString()).stripTrailingZeros();
        this.omvangEenheid = eenheid;
    }

    public String getCode() {
        return code;
    }

    public Integer getPerceel() {
        return perceel;
    }

    public Grondslag getGrondslag() {
        return grondslag;
    }

    public String getNaam() {
        return naam;
    }

    public void setNaam(String naam) {
        this.naam = naam;
    }

    public String getEenheid() {
        return eenheid;
    }

    public void setEenheid(String eenheid) {
        this.eenheid = eenheid;
    }

    public String getProductcategorie() {
        return productcategorie;
    }

    public void setProductcategorie(String productcategorie) {
        this.productcategorie = productcategorie;
    }

    public BigDecimal getOmvang() {
        return omvang;
    }

    public String getOmvangEenheid() {
        return omvangEenheid;
    }

    /** From a product table: the longest allocation in months (no end date: that follows the allocation). */
    public void setMaxDuurMaanden(Integer maxDuurMaanden) {
        this.maxDuurMaanden = maxDuurMaanden;
    }

    /** From a product table: the size of the allocation, e.g. 15 (uur binnen de indicatie). */
    public void setOmvangAantal(Number omvang) {
        this.omvang = new BigDecimal(omvang.toString()).stripTrailingZeros();
    }

    public void setOmvangEenheid(String omvangEenheid) {
        this.omvangEenheid = omvangEenheid;
    }

    public Integer getMaxDuurMaanden() {
        return maxDuurMaanden;
    }

    public LocalDate getEinddatum() {
        return einddatum;
    }

    public java.util.List<String> getVervolg() {
        return vervolg;
    }

    public String getVervolgBron() {
        return vervolgBron;
    }

    /** What may follow this product, as the catalogue lists it, and where it says so. */
    public void setVervolg(java.util.List<String> vervolg, String bron) {
        this.vervolg = java.util.List.copyOf(vervolg);
        this.vervolgBron = bron;
    }

    public String getKmKlasse() {
        return kmKlasse;
    }

    public void setKmKlasse(String kmKlasse) {
        this.kmKlasse = kmKlasse;
    }

    public BigDecimal getTarief() {
        return tarief;
    }

    /** From a product table: the amount in euro as written, e.g. "66.52". */
    public void setTarief(String euro) {
        this.tarief = new BigDecimal(euro.strip().replace(',', '.'));
    }

    public Integer getTariefJaar() {
        return tariefJaar;
    }

    public void setTariefJaar(Integer tariefJaar) {
        this.tariefJaar = tariefJaar;
    }

    public Boolean getRolstoel() {
        return rolstoel;
    }

    public void setRolstoel(boolean rolstoel) {
        this.rolstoel = rolstoel;
    }

    /** After how many weeks the advised nights a week reach the yearly maximum (KDV), or null. */
    public Integer getWekenTotJaarmaximum() {
        if (omvang == null || maxEtmalenPerJaar == null || omvang.signum() <= 0 || !"etmalen per week".equals(omvangEenheid)) {
            return null;
        }
        return (int) Math.ceil(maxEtmalenPerJaar / omvang.doubleValue());
    }

    public Integer getMaxEtmalenPerWeek() {
        return maxEtmalenPerWeek;
    }

    public void setMaxEtmalenPerWeek(Integer maxEtmalenPerWeek) {
        this.maxEtmalenPerWeek = maxEtmalenPerWeek;
    }

    public Integer getMaxAaneengeslotenWeken() {
        return maxAaneengeslotenWeken;
    }

    public void setMaxAaneengeslotenWeken(Integer maxAaneengeslotenWeken) {
        this.maxAaneengeslotenWeken = maxAaneengeslotenWeken;
    }

    public Integer getMaxEtmalenPerJaar() {
        return maxEtmalenPerJaar;
    }

    public void setMaxEtmalenPerJaar(Integer maxEtmalenPerJaar) {
        this.maxEtmalenPerJaar = maxEtmalenPerJaar;
    }
}
