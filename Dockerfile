# syntax=docker/dockerfile:1
# The Slotwise API as a container: built with the Maven wrapper on a JDK 25, run on a JRE as a non-root user.
# It expects a real PostgreSQL (SPRING_DATASOURCE_URL, _USERNAME, _PASSWORD) and an SMTP server (SPRING_MAIL_HOST);
# docker-compose.yml wires both. Build: docker build -t slotwise-api .

FROM eclipse-temurin:25-jdk AS build
WORKDIR /workspace
COPY .mvn/ .mvn/
COPY mvnw pom.xml ./
COPY schema/ schema/
COPY scheduling-core/ scheduling-core/
COPY graphql-api/ graphql-api/
# The cache mount keeps Maven's downloads between builds. Tests run in CI (`./mvnw verify`), not here.
# The jar carries the embedded PostgreSQL for the build machine's platform (a Maven profile picks it by OS and
# architecture); the container never starts it, since it is given a database URL.
RUN --mount=type=cache,target=/root/.m2 \
    ./mvnw -B -ntp -pl graphql-api -am package -DskipTests \
 && java -Djarmode=tools -jar graphql-api/target/graphql-api-*.jar extract --layers --destination /extracted

FROM eclipse-temurin:25-jre
RUN groupadd --system slotwise \
 && useradd --system --gid slotwise --home-dir /app --no-create-home --shell /usr/sbin/nologin slotwise
WORKDIR /app
# Layers from least to most often changed, so a code change rebuilds only the last one.
COPY --from=build /extracted/dependencies/ ./
COPY --from=build /extracted/spring-boot-loader/ ./
COPY --from=build /extracted/snapshot-dependencies/ ./
COPY --from=build /extracted/application/ ./
# The files stay root's: the application reads them and writes nothing but temporary files.
USER slotwise
EXPOSE 8080
ENV SPRING_PROFILES_ACTIVE=production \
    JAVA_TOOL_OPTIONS="-XX:MaxRAMPercentage=75"
ENTRYPOINT ["java", "-jar", "application.jar"]
