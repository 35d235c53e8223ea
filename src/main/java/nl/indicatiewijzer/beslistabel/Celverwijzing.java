package nl.indicatiewijzer.beslistabel;

/** A cell reference such as BL2000: column 0 for A, rows from 1. */
record Celverwijzing(int kolom, int rij) {

    /** The reference, or null when it is not one within Excel's sheet. */
    static Celverwijzing lees(String tekst) {
        int i = 0;
        int kolom = 0;
        while (i < tekst.length() && i < 3 && Character.isLetter(tekst.charAt(i)) && tekst.charAt(i) < 128) {
            kolom = kolom * 26 + Character.toUpperCase(tekst.charAt(i)) - 'A' + 1;
            i++;
        }
        int rij = 0;
        int cijfers = tekst.length() - i;
        if (i == 0 || cijfers < 1 || cijfers > 7) {
            return null;
        }
        for (; i < tekst.length(); i++) {
            char c = tekst.charAt(i);
            if (c < '0' || c > '9') {
                return null;
            }
            rij = rij * 10 + c - '0';
        }
        return kolom > Grenzen.EXCEL_KOLOMMEN || rij < 1 || rij > Grenzen.EXCEL_RIJEN ? null : new Celverwijzing(kolom - 1, rij);
    }

    static String kolomletters(int kolom) {
        String letters = "";
        for (int k = kolom + 1; k > 0; k = (k - 1) / 26) {
            letters = (char) ('A' + (k - 1) % 26) + letters;
        }
        return letters;
    }

    @Override
    public String toString() {
        return kolomletters(kolom) + rij;
    }
}
