# Per hardware: how many papers use it (evaluated on it, or with a claim measured on it) and how many claims were measured on it.
PREFIX kgo: <https://w3id.org/mlsys-kg/ontology#>

INSERT { GRAPH <https://w3id.org/mlsys-kg/id/graph/summaries> {
  ?s a kgo:Summary ; kgo:forHardware ?h ; kgo:paperCount ?papers ; kgo:claimCount ?claims .
} }
WHERE {
  {
    SELECT ?h (COUNT(DISTINCT ?paper) AS ?papers) (COUNT(DISTINCT ?claim) AS ?claims)
    WHERE {
      { ?paper kgo:evaluatedOn ?h }
      UNION
      { ?claim kgo:onHardware ?h . ?claim kgo:inPaper ?paper }
    }
    GROUP BY ?h
  }
  # LATERAL (an Oxigraph extension) runs its block once per row
  LATERAL { ?h a kgo:Hardware }
  # kgi:summary/hardware/{key}
  BIND(IRI(CONCAT("https://w3id.org/mlsys-kg/id/summary/", STRAFTER(STR(?h), "/mlsys-kg/id/"))) AS ?s)
}
