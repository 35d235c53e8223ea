package nl.indicatiewijzer.systeem;

/** A request the service understands but cannot answer (yet, or for this caller). */
public class NietBeschikbaarException extends RuntimeException {
    private final int status;
    private final String titel;

    public NietBeschikbaarException(int status, String titel, String detail) {
        super(detail);
        this.status = status;
        this.titel = titel;
    }

    public int status() {
        return status;
    }

    public String titel() {
        return titel;
    }
}
