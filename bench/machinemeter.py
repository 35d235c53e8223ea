"""How fast the core it runs on is, now. Every window it times the same short piece of work five times (about 1 ms
each) and prints the clock (time.monotonic, seconds) and the fastest of the five in microseconds: the fastest, so that
one slice the scheduler gave to the benchmark beside it does not count, while a host that takes away part of the core
for seconds slows all five. Run at a higher priority on the core of a benchmark or the service (it takes under 1 % of it), it shows
whether a slow iteration was the machine itself: a shared VM's host can take half of one core for tens of seconds.
    nice -n -10 taskset -c 1 python3 bench/machinemeter.py [seconds per window]
    ... | python3 bench/machinemeter.py stempel     puts the same clock before every line it reads"""
import sys, time

if sys.argv[1:] == ["stempel"]:
    for regel in sys.stdin:
        print(f"{time.monotonic():.1f} {regel}", end="", flush=True)
    sys.exit()

venster = float(sys.argv[1]) if len(sys.argv) > 1 else 2.0


def werk():
    start = time.monotonic()
    for _ in range(8):
        for _ in range(10_000):
            pass
    return time.monotonic() - start


while True:
    begin = time.monotonic()
    tijden = []
    for _ in range(5):
        tijden.append(werk())
        # a pause between the pieces, so that a request to the service beside it waits at most one piece
        time.sleep(0.02)
    snelste = min(tijden)
    print(f"{time.monotonic():.1f} {snelste * 1e6:.0f}", flush=True)
    time.sleep(max(0.0, venster - (time.monotonic() - begin)))
