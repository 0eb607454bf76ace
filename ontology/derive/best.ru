# Per metric kind: the largest improvement factor (unit x, subject better) any claim reports, and every claim that reports it.
PREFIX kgo: <https://w3id.org/mlsys-kg/ontology#>

INSERT { GRAPH <https://w3id.org/mlsys-kg/id/graph/summaries> {
  ?s a kgo:Summary ; kgo:forKind ?k ; kgo:bestValue ?best ; kgo:bestClaim ?claim .
} }
WHERE {
  {
    SELECT ?k (MAX(?v) AS ?best)
    WHERE {
      # three scans joined by hash: Oxigraph would otherwise look each claim up one by one;
      # only claims have a unit, and each has one boolean kgo:better (ontology/shapes.ttl),
      # so "not worse" is "better", and the MINUS costs less than a fourth scan
      { SELECT ?c WHERE { ?c kgo:unit "x" MINUS { ?c kgo:better false } } }
      { SELECT ?c ?k WHERE { ?c kgo:metricKind ?k } }
      { SELECT ?c ?v WHERE { ?c kgo:value ?v } }
    }
    GROUP BY ?k
  }
  # LATERAL (an Oxigraph extension) runs its block once per row, in the order written:
  # look the few best values up rather than scan the claims again
  LATERAL { ?claim kgo:value ?best }
  LATERAL { ?claim kgo:metricKind ?k ; kgo:unit "x" ; kgo:better true }
  # kgi:summary/best/kind/{kind}
  BIND(IRI(CONCAT("https://w3id.org/mlsys-kg/id/summary/best/", STRAFTER(STR(?k), "/mlsys-kg/id/"))) AS ?s)
}
