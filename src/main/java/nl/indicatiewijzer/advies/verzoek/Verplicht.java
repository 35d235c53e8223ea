package nl.indicatiewijzer.advies.verzoek;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** A field the schema requires: its absence is a 400, not ONVOLLEDIG. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Verplicht {
}
