# Sourced by every benchmark that starts the service: its JVM as deploy/Containerfile runs it. DEPLOY_JVM are the
# options of JAVA_OPTS, DEPLOY_OMGEVING the environment of the java process, to start it as: env $DEPLOY_OMGEVING java $DEPLOY_JVM.
# Two arenas and a trim every 5 s keep the C library from holding what the JIT's arenas gave back (README, "Snelheid").
# Heap and collector are named: left to the JVM, a container with 768 MiB starts at a 12 MB heap (1/64 of its memory)
# and this machine at 256 MB, and the small heap gave 13-14 full GCs per run of bench/los/duurzaam.sh instead of 2 (README, "Snelheid").
DEPLOY_JVM="-Xms256m -Xmx256m -XX:+UseSerialGC -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -XX:TrimNativeHeapInterval=5000"
DEPLOY_OMGEVING="MALLOC_ARENA_MAX=2"
