/**
 * The contract's vocabulary (grondslagen, leefgebieden, uitkomsten, ...). It stays in {@code advies}
 * although the engine ({@code regels}) reads it: the DRL files import {@code nl.indicatiewijzer.advies.begrippen.*}
 * and archived rule-set versions are rebuilt from those files on every replay. {@code Regeling}, which no
 * DRL file names, lives in {@code regels}. See {@code advies.verzoek} for the one exception this makes.
 */
package nl.indicatiewijzer.advies.begrippen;
