# syntax=docker/dockerfile:1

# --- build: dependencies first, cached as long as pom.xml is unchanged ---
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml .
RUN mvn -q -B dependency:go-offline
COPY src ./src
RUN mvn -q -B package -DskipTests

# --- runtime: a JRE, a non-root user, the jar and the bundled knowledge base ---
FROM eclipse-temurin:17-jre
RUN useradd --system --uid 10001 --home-dir /app --shell /usr/sbin/nologin deskhand \
    && mkdir -p /app/data /app/knowledge && chown -R deskhand /app
WORKDIR /app
COPY --from=build /src/target/deskhand.jar /app/deskhand.jar
# Baked in so the image works alone; mount a folder over /app/knowledge to use your own articles.
COPY knowledge/ /app/knowledge/
COPY deskhand.example.yml /app/deskhand.yml
# MALLOC_ARENA_MAX: glibc would give each busy thread its own 64 MB malloc arena (ONNX Runtime allocates per call).
ENV PORT=3000 \
    BIND_ADDRESS=0.0.0.0 \
    MALLOC_ARENA_MAX=2 \
    DESKHAND_DATA_DIR=/app/data \
    KNOWLEDGE_DIR=/app/knowledge \
    DESKHAND_CONFIG=/app/deskhand.yml
# A class-data archive of the classes a start and a first answer load (docs/benchmarks.md, "Start-up": restart
# ready about a third sooner): one training run of this jar at its final path (`warmup` starts the server on free
# ports against a stand-in for Slack, in a throw-away data folder, answers /kb in English and Korean, and exits),
# with the ENTRYPOINT's options. The ENTRYPOINT names it; a missing or stale archive only costs start-up time
# (the JVM starts without it, and the app logs a warning). bench/ builds its own the same way, from this line. The
# health check uses it too: 0.55 -> 0.45 s of CPU per check.
RUN ["java", "-XX:ArchiveClassesAtExit=/app/deskhand.jsa", "-Xlog:cds=off", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx96m", "-XX:TrimNativeHeapInterval=5000", "-Xss512k", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/deskhand.jar", "warmup"]
VOLUME ["/app/data"]
USER deskhand
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD ["java", "-XX:SharedArchiveFile=/app/deskhand.jsa", "-jar", "/app/deskhand.jar", "healthcheck"]
# The same JVM options as the README's run command: a small fixed heap with the serial collector (one replica
# answers on one or two cores; the index and the sentence model live outside the heap), smaller thread stacks, and
# only the quick (C1) compiler: C2's compiling cost more CPU than the answers did (docs/benchmarks.md, third pass).
# About 280-320 MB resident under load with the starter knowledge base and meaning search, 220-256 MB without
# (docs/benchmarks.md, "Fourth pass"; 64m saved ~30 MB but its collections cost 60% more CPU per answer with meaning
# search and a third of the answers under a burst): the live heap is ~32 MB, the model is read by ONNX Runtime from
# a file, and the JVM hands freed native memory back every 5 s (TrimNativeHeapInterval); raise -Xmx (1g for 10,000 articles: 128m ran out building them) for a
# knowledge base of thousands of articles. ExitOnOutOfMemoryError: a JVM that ran out of heap may
# have stopped half-way through any write (the database's included); exiting lets the orchestrator restart it clean.
ENTRYPOINT ["java", "-XX:SharedArchiveFile=/app/deskhand.jsa", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1", "-Xmx96m", "-XX:TrimNativeHeapInterval=5000", "-Xss512k", "-XX:+ExitOnOutOfMemoryError", "-jar", "/app/deskhand.jar"]
CMD ["serve"]
