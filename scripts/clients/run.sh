#!/usr/bin/env bash
# Generated clients, tried for real: makes the Java (java, native library) and TypeScript (typescript-fetch)
# clients from the committed openapi/openapi.yaml with OpenAPI Generator 7 (org.openapitools:openapi-generator-cli
# from Maven Central), compiles both, and runs a small program with each (ClientCheck.java, check.ts) against a
# running service: paging, filters, search, a CSV export, then as an editor create, merge-patch, read for editing
# and put back, delete with If-Match, publish an edition, write contacts and driver mappings, accept and decline
# suggestions, as an admin create and disable an account (when ADMIN_USERNAME is set), and sign out. It writes
# to the service (a published test edition, an account): point it at a service whose data you can throw away.
# Each run submits two suggestions, so a few runs in a row meet the per-address suggestion limit (429).
#
#   BASE_URL=http://localhost:8080 EDITOR_USERNAME=a.editor EDITOR_PASSWORD='…' \
#     ADMIN_USERNAME=admin ADMIN_PASSWORD='…' scripts/clients/run.sh
#
# Needs Java 17+, Node.js 20.19+ and frontend/node_modules (cd frontend && npm ci) for TypeScript.
# Everything it makes goes to target/generated-clients.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${EDITOR_USERNAME:?set EDITOR_USERNAME and EDITOR_PASSWORD of an editor account}"
: "${EDITOR_PASSWORD:?}"
export BASE_URL="${BASE_URL:-http://localhost:8080}"
VERSION=7.17.0
OUT=target/generated-clients
mkdir -p "$OUT"
./mvnw -B -q dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$VERSION" -DoutputDirectory="$OUT"
GENERATE=(java -jar "$OUT/openapi-generator-cli-$VERSION.jar" generate -i openapi/openapi.yaml)

echo "# TypeScript (typescript-fetch)"
rm -rf "$OUT/ts"
"${GENERATE[@]}" -g typescript-fetch -o "$OUT/ts/generated" \
  --additional-properties=supportsES6=true,useSingleRequestParameter=true > "$OUT/typescript-generate.log"
cp scripts/clients/check.ts "$OUT/ts/"
frontend/node_modules/.bin/tsc --strict --target es2022 --module commonjs --lib es2022,dom --skipLibCheck \
  --typeRoots frontend/node_modules/@types --types node --outDir "$OUT/ts/dist" "$OUT/ts/check.ts"
node "$OUT/ts/dist/check.js"

echo "# Java (java, native library)"
rm -rf "$OUT/java"
"${GENERATE[@]}" -g java --library native -o "$OUT/java" \
  --additional-properties=useJakartaEe=true,openApiNullable=false,annotationLibrary=none,useSingleRequestParameter=true,invokerPackage=uk.goodpractice.client,apiPackage=uk.goodpractice.client.api,modelPackage=uk.goodpractice.client.model \
  > "$OUT/java-generate.log"
cp scripts/clients/ClientCheck.java "$OUT/java/src/main/java/uk/goodpractice/client/"
./mvnw -B -q -f "$OUT/java/pom.xml" compile dependency:build-classpath -Dmdep.outputFile=classpath.txt -Dmaven.javadoc.skip=true
java -cp "$OUT/java/target/classes:$(cat "$OUT/java/classpath.txt")" uk.goodpractice.client.ClientCheck
echo "# both generated clients passed"
