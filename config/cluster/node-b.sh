#!/bin/sh
# Node B of two Asiointipiste nodes on one PostgreSQL behind a load balancer (docs/operations.md, "Two nodes on
# PostgreSQL behind a load balancer"). Run from the project directory; node A is the same with its own name and ports.
# Application settings (database, pool, mode) come from the system-properties file, the same on every node; the
# database passwords from ASIOINTIPISTE_DB_PASSWORD (the application's role) and ASIOINTIPISTE_DB_OWNER_PASSWORD (the
# schema's owner: migrations and grants). The ports below are the loopback example; on separate hosts give
# each node its host's private address (GRID_ADDRESS, MEMBERS).
NAME=${NAME:-node-b}
HTTP_PORT=${HTTP_PORT:-8082}
GRID_PORT=${GRID_PORT:-5902}
MEMBERS=${MEMBERS:-127.0.0.1:5901,127.0.0.1:5902}
GRID_ADDRESS=${GRID_ADDRESS:-127.0.0.1}
exec java -Xmx${HEAP:-1g} -Dhazelcast.socket.bind.any=false ${JAVA_OPTS:-} \
    -jar "${PAYARA_MICRO_JAR:-payara-micro-6.2025.10.jar}" --deploy "${WAR:-target/asiointipiste.war}" --contextroot / \
    --port "$HTTP_PORT" --name "$NAME" \
    --clustermode "tcpip:$MEMBERS" --clustername "${CLUSTER_NAME:-asiointipiste-production}" \
    --interfaces "$GRID_ADDRESS" --hzpublicaddress "$GRID_ADDRESS" --startport "$GRID_PORT" \
    --disablephonehome \
    --prebootcommandfile "${PRE_BOOT_COMMANDS:-config/cluster/pre-boot-commands.asadmin}" \
    --logproperties config/logging.properties \
    --systemproperties "${SYSTEM_PROPERTIES:-config/production.properties}"
