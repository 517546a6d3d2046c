#!/usr/bin/env bash
# Generated clients, tried for real: makes the Java (java, native library) and TypeScript (typescript-fetch)
# clients from the committed openapi/openapi.yaml with OpenAPI Generator 7 (org.openapitools:openapi-generator-cli
# from Maven Central), compiles both, and runs a program with each (ClientCheck.java, check.ts) against a running
# service. Each program calls EVERY operation of the contract at least once -- the public reads with paging,
# filters, facets, search, HEAD, every CSV export, statistics, the dump and the deletions feed; as an admin the
# accounts; as an editor (an account it creates) every create, editable read, unchanged put-back, merge patch,
# reorder, publish, delete and restore, the suggestions and the audit log; a cookie session from sign-in to
# sign-out -- and fails naming any operation of the contract it did not call. It writes to the service (test
# areas, editions, initiatives, contacts, accounts): point it at a service whose data you can throw away.
# Each run submits four suggestions, so a few runs in a row meet the per-address suggestion limit (429).
#
#   BASE_URL=http://localhost:8080 ADMIN_USERNAME=admin ADMIN_PASSWORD='…' scripts/clients/run.sh
#
# Needs Java 17+, the Node.js the README asks for, and frontend/node_modules (cd frontend && npm ci) for TypeScript.
# Everything it makes goes to target/generated-clients.
set -euo pipefail
cd "$(dirname "$0")/../.."
: "${ADMIN_USERNAME:?set ADMIN_USERNAME and ADMIN_PASSWORD of an admin account}"
: "${ADMIN_PASSWORD:?}"
export BASE_URL="${BASE_URL:-http://localhost:8080}"
VERSION=7.17.0
OUT=target/generated-clients
mkdir -p "$OUT"
./mvnw -B -q dependency:copy -Dartifact="org.openapitools:openapi-generator-cli:$VERSION" -DoutputDirectory="$OUT"
# every operation of the contract, one per line: METHOD /path operationId
export OPERATIONS="$PWD/$OUT/operations.txt"
awk '/^paths:/{p=1;next} p&&/^[a-z]/{p=0} p&&/^  \/[^ ]*:$/{path=$1; sub(/:$/,"",path)}
  p&&/^    (get|put|post|patch|delete|head):$/{m=$1; sub(/:$/,"",m)} p&&/^      operationId:/{print toupper(m), path, $2}' \
  openapi/openapi.yaml > "$OPERATIONS"
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
