# Per system used as a baseline: how many papers compare against it and how many claims have it as their baseline.
PREFIX kgo: <https://w3id.org/mlsys-kg/ontology#>

INSERT { GRAPH <https://w3id.org/mlsys-kg/id/graph/summaries> {
  ?s a kgo:Summary ; kgo:forBaseline ?sys ; kgo:paperCount ?papers ; kgo:claimCount ?claims .
} }
WHERE {
  # two single-predicate scans, each counted on its own, joined by hash
  { SELECT ?sys (COUNT(?claim) AS ?claims) WHERE { ?claim kgo:baseline ?sys } GROUP BY ?sys }
  { SELECT ?sys (COUNT(?paper) AS ?papers) WHERE { ?paper kgo:comparesAgainst ?sys } GROUP BY ?sys }
  # kgi:summary/baseline/system/{key}
  BIND(IRI(CONCAT("https://w3id.org/mlsys-kg/id/summary/baseline/", STRAFTER(STR(?sys), "/mlsys-kg/id/"))) AS ?s)
}
