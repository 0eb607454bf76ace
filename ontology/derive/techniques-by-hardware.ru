# Per pair of hardware and technique: how many papers evaluated on that hardware use that technique.
PREFIX kgo: <https://w3id.org/mlsys-kg/ontology#>

INSERT { GRAPH <https://w3id.org/mlsys-kg/id/graph/summaries> {
  ?s a kgo:Summary ; kgo:forHardware ?h ; kgo:forTechnique ?t ; kgo:paperCount ?papers .
} }
WHERE {
  {
    # two scans joined by hash: Oxigraph would otherwise look each paper up one by one;
    # a paper appears once per pair (triples are a set), so a plain COUNT counts distinct papers
    SELECT ?h ?t (COUNT(?paper) AS ?papers)
    WHERE { { SELECT ?paper ?h WHERE { ?paper kgo:evaluatedOn ?h } } { SELECT ?paper ?t WHERE { ?paper kgo:usesTechnique ?t } } }
    GROUP BY ?h ?t
  }
  # kgi:summary/hardware/{key}/technique/{key}
  BIND(IRI(CONCAT("https://w3id.org/mlsys-kg/id/summary/", STRAFTER(STR(?h), "/mlsys-kg/id/"), "/",
                  STRAFTER(STR(?t), "/mlsys-kg/id/"))) AS ?s)
}
