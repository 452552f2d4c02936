// The peer of `kg bench peer`: @neo4j/graphql over Guanxi's graph, served by a minimal node:http
// GraphQL endpoint (POST /graphql, JSON). Parsed and validated documents are cached per query
// string, as GraphQL servers do. Env: NEO4J_URI, NEO4J_USER, NEO4J_PASSWORD, NEO4J_DATABASE, PORT.
import { readFileSync } from "node:fs";
import http from "node:http";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { execute, parse, validate } from "graphql";
import neo4j from "neo4j-driver";

const typeDefs = readFileSync(new URL("./typeDefs.graphql", import.meta.url), "utf8");
const uri = process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687";
const auth = process.env.NEO4J_PASSWORD
  ? neo4j.auth.basic(process.env.NEO4J_USER ?? "neo4j", process.env.NEO4J_PASSWORD)
  : undefined;
const driver = neo4j.driver(uri, auth, { maxConnectionPoolSize: 100 });
const database = process.env.NEO4J_DATABASE ?? "neo4j";
const port = Number(process.env.PORT ?? 4000);

const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const documents = new Map();

function prepare(query) {
  let entry = documents.get(query);
  if (!entry) {
    const document = parse(query);
    const errors = validate(schema, document);
    entry = { document, errors };
    if (documents.size > 1000) documents.clear();
    documents.set(query, entry);
  }
  return entry;
}

function send(res, status, body) {
  const payload = JSON.stringify(body);
  res.writeHead(status, { "content-type": "application/json", "content-length": Buffer.byteLength(payload) });
  res.end(payload);
}

const server = http.createServer((req, res) => {
  if (req.method === "GET" && req.url === "/healthz") return send(res, 200, { status: "ok" });
  if (req.method !== "POST" || !req.url.startsWith("/graphql")) return send(res, 404, { error: "not found" });
  const chunks = [];
  req.on("data", (c) => chunks.push(c));
  req.on("end", async () => {
    try {
      const { query, variables, operationName } = JSON.parse(Buffer.concat(chunks).toString("utf8"));
      const { document, errors } = prepare(query);
      if (errors.length) return send(res, 400, { errors });
      const result = await execute({
        schema,
        document,
        variableValues: variables,
        operationName,
        contextValue: { executionContext: driver, sessionConfig: { database } },
      });
      send(res, 200, result);
    } catch (err) {
      send(res, 500, { errors: [{ message: String(err) }] });
    }
  });
});
server.keepAliveTimeout = 60_000;
server.listen(port, "127.0.0.1", () => console.log(`peer ready on http://127.0.0.1:${port}/graphql`));
for (const sig of ["SIGINT", "SIGTERM"]) {
  process.on(sig, async () => {
    server.close();
    await driver.close();
    process.exit(0);
  });
}
