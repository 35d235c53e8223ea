package nl.indicatiewijzer.systeem;

import io.quarkus.runtime.Startup;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.logging.Handler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.formatters.JsonFormatter;
import org.jboss.logmanager.handlers.ConsoleHandler;

/**
 * With {@code indicatiewijzer.log.json=true} the console log is one JSON object a line (time, level,
 * logger, message, and the traceId and spanId of the request), for a log platform to index.
 * Set at start-up, so the first lines before it are plain text.
 */
@Startup(2)
@ApplicationScoped
public class JsonLog {
    private final boolean aan;

    public JsonLog(@ConfigProperty(name = "indicatiewijzer.log.json", defaultValue = "false") boolean aan) {
        this.aan = aan;
    }

    @PostConstruct
    void zetAan() {
        if (aan) {
            for (Handler h : LogContext.getLogContext().getLogger("").getHandlers()) {
                zet(h);
            }
        }
    }

    private static void zet(Handler handler) {
        if (handler instanceof ConsoleHandler) {
            JsonFormatter json = new JsonFormatter();
            json.setPrintDetails(false);
            handler.setFormatter(json);
        }
        if (handler instanceof ExtHandler ext) {
            for (Handler h : ext.getHandlers()) {
                zet(h);
            }
        }
    }
}
