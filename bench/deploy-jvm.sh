# Sourced by every benchmark that starts the service: its JVM as deploy/Containerfile runs it. DEPLOY_JVM are the
# options of JAVA_OPTS, DEPLOY_OMGEVING the environment of the java process, to start it as: env $DEPLOY_OMGEVING java $DEPLOY_JVM.
# Two arenas and a trim every 5 s keep the C library from holding what the JIT's arenas gave back (README, "Snelheid").
DEPLOY_JVM="-Xmx256m -XX:ReservedCodeCacheSize=64m -XX:MaxDirectMemorySize=64m -XX:TrimNativeHeapInterval=5000"
DEPLOY_OMGEVING="MALLOC_ARENA_MAX=2"
