package nl.indicatiewijzer.advies.verzoek;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The inclusive range a number in the request must lie in (CONTRACT.md). */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.FIELD)
public @interface Bereik {
    double min();

    double max();
}
