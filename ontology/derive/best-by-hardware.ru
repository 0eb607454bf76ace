# Per hardware and metric kind: the largest improvement factor (unit x, subject better) measured on it, and every claim that reports it.
PREFIX kgo: <https://w3id.org/mlsys-kg/ontology#>

INSERT { GRAPH <https://w3id.org/mlsys-kg/id/graph/summaries> {
  ?s a kgo:Summary ; kgo:forHardware ?h ; kgo:forKind ?k ; kgo:bestValue ?best ; kgo:bestClaim ?claim .
} }
WHERE {
  {
    SELECT ?h ?k (MAX(?v) AS ?best)
    WHERE {
      # four scans joined by hash: Oxigraph would otherwise look each claim up one by one;
      # each claim has one boolean kgo:better (ontology/shapes.ttl), so "not worse" is "better"
      { SELECT ?c ?h WHERE { ?c kgo:onHardware ?h } }
      { SELECT ?c WHERE { ?c kgo:unit "x" MINUS { ?c kgo:better false } } }
      { SELECT ?c ?k WHERE { ?c kgo:metricKind ?k } }
      { SELECT ?c ?v WHERE { ?c kgo:value ?v } }
    }
    GROUP BY ?h ?k
  }
  # LATERAL (an Oxigraph extension) runs its block once per row, in the order written
  LATERAL { ?claim kgo:value ?best }
  LATERAL { ?claim kgo:onHardware ?h ; kgo:metricKind ?k ; kgo:unit "x" ; kgo:better true }
  # kgi:summary/best/kind/{kind}/hardware/{key}
  BIND(IRI(CONCAT("https://w3id.org/mlsys-kg/id/summary/best/", STRAFTER(STR(?k), "/mlsys-kg/id/"), "/",
                  STRAFTER(STR(?h), "/mlsys-kg/id/"))) AS ?s)
}
