import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * The CPU samples of a JFR recording (jdk.ExecutionSample) as collapsed stacks, root first, one line per
 * distinct stack with its count: the input of bench/vlam.py. Run as a source file:
 * java bench/Jfrstapels.java opname.jfr [vanaf] [toewijzing] > stapels.txt
 * With {@code vanaf} (milliseconds since 1970) only the samples from that moment on: the recording runs from the
 * JVM's start, because starting one in a running JVM throws its compiled code away. With {@code toewijzing} the
 * allocation samples instead (jdk.ObjectAllocationSample), each weighed by the bytes it stands for and ending in
 * the allocated class.
 */
public class Jfrstapels {
    public static void main(String[] args) throws Exception {
        Map<String, Long> stapels = new TreeMap<>();
        Instant vanaf = args.length > 1 ? Instant.ofEpochMilli(Long.parseLong(args[1])) : Instant.MIN;
        boolean toewijzing = args.length > 2 && args[2].equals("toewijzing");
        String soort = toewijzing ? "jdk.ObjectAllocationSample" : "jdk.ExecutionSample";
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals(soort) || e.getStackTrace() == null
                    || e.getStartTime().isBefore(vanaf)) {
                continue;
            }
            List<String> namen = new ArrayList<>();
            for (RecordedFrame f : e.getStackTrace().getFrames()) {
                namen.add((f.getMethod().getType().getName() + "." + f.getMethod().getName()).replace(';', ':').replace(' ', '_'));
            }
            if (e.getStackTrace().isTruncated()) {
                namen.add("[afgekapt]");
            }
            Collections.reverse(namen);
            if (toewijzing) {
                namen.add("[" + e.getClass("objectClass").getName().replace(';', ':').replace(' ', '_') + "]");
            }
            stapels.merge(String.join(";", namen), toewijzing ? e.getLong("weight") : 1, Long::sum);
        }
        stapels.forEach((stapel, n) -> System.out.println(stapel + " " + n));
    }
}
