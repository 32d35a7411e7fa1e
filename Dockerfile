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
ENV PORT=3000 \
    BIND_ADDRESS=0.0.0.0 \
    DESKHAND_DATA_DIR=/app/data \
    KNOWLEDGE_DIR=/app/knowledge \
    DESKHAND_CONFIG=/app/deskhand.yml
VOLUME ["/app/data"]
USER deskhand
EXPOSE 3000
HEALTHCHECK --interval=30s --timeout=3s --start-period=20s --retries=3 \
    CMD ["java", "-jar", "/app/deskhand.jar", "healthcheck"]
# The heap gets 60% of the container; the sentence model (ONNX Runtime) lives outside the heap, ~100 MB.
ENTRYPOINT ["java", "-XX:MaxRAMPercentage=60", "-jar", "/app/deskhand.jar"]
CMD ["serve"]
