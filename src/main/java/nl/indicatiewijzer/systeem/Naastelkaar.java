package nl.indicatiewijzer.systeem;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Independent start-up work side by side, one thread per core at most, on threads that load classes as
 * the caller does (Drools and Jackson look classes up through the context class loader). Returns when all
 * are done; the first failure is thrown as it was.
 */
public final class Naastelkaar {
    private Naastelkaar() {
    }

    public static <T> void voorElk(String naam, Collection<T> dingen, Consumer<T> werk) {
        ClassLoader lader = Thread.currentThread().getContextClassLoader();
        ExecutorService werkers = Executors.newFixedThreadPool(Math.max(1, Math.min(dingen.size(), Runtime.getRuntime().availableProcessors())),
                taak -> {
                    Thread t = new Thread(taak, naam);
                    t.setContextClassLoader(lader);
                    return t;
                });
        try {
            List<Future<?>> klaar = new ArrayList<>();
            for (T ding : dingen) {
                klaar.add(werkers.submit(() -> werk.accept(ding)));
            }
            for (Future<?> f : klaar) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(naam + " onderbroken", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } finally {
            werkers.shutdownNow();
        }
    }
}
