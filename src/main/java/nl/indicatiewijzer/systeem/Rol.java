package nl.indicatiewijzer.systeem;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role a caller needs for an endpoint: {@code intake}, {@code beleid} or {@code auditor}; or
 * {@link #AANGEMELD} for any signed-in caller.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface Rol {
    String AANGEMELD = "aangemeld";

    String value();
}
