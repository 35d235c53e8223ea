/**
 * The request of the HTTP contract. These classes stay in {@code advies} although the engine
 * ({@code regels}) reads them: the DRL files and decision tables import them by class
 * ({@code import nl.indicatiewijzer.advies.verzoek.Clientsituatie}), and archived rule-set versions,
 * stored as those files and rebuilt on every replay, would no longer build if they moved. This and
 * {@code advies.begrippen} are the one place where a lower package imports a higher one (README,
 * Architectuur; {@code ArchitectuurTest}).
 */
package nl.indicatiewijzer.advies.verzoek;
