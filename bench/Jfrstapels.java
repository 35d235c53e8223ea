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
 * java bench/Jfrstapels.java opname.jfr [vanaf] > stapels.txt
 * With {@code vanaf} (milliseconds since 1970) only the samples from that moment on: the recording runs from the
 * JVM's start, because starting one in a running JVM throws its compiled code away.
 */
public class Jfrstapels {
    public static void main(String[] args) throws Exception {
        Map<String, Integer> stapels = new TreeMap<>();
        Instant vanaf = args.length > 1 ? Instant.ofEpochMilli(Long.parseLong(args[1])) : Instant.MIN;
        for (RecordedEvent e : RecordingFile.readAllEvents(Path.of(args[0]))) {
            if (!e.getEventType().getName().equals("jdk.ExecutionSample") || e.getStackTrace() == null
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
            stapels.merge(String.join(";", namen), 1, Integer::sum);
        }
        stapels.forEach((stapel, n) -> System.out.println(stapel + " " + n));
    }
}
