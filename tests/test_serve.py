"""The SPARQL endpoint, started for real on a free loopback port and queried with SPARQLWrapper."""
from __future__ import annotations

import csv
import io
import json
import socket
import threading
import time
from urllib.error import HTTPError
from urllib.request import Request, urlopen

import pytest
import uvicorn
from rdflib import Graph
from SPARQLWrapper import CSV, JSON, JSONLD, N3, TSV, TURTLE, XML, SPARQLWrapper
from SPARQLWrapper.SPARQLExceptions import EndPointInternalError, QueryBadFormed, SPARQLWrapperException

from kg import rdf
from kg.serve import create_app
from kg.store import Store
from tests.test_queries import CORPUS

OUTPERFORMS = "SELECT ?w ?l WHERE { ?a kgo:outperforms ?b . ?a rdfs:label ?w . ?b rdfs:label ?l } ORDER BY ?w ?l"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    out = tmp_path_factory.mktemp("build")
    with Store(out / "store") as store:
        for ex in CORPUS:
            store.add(rdf.triples(ex))
    (out / "graph.html").write_text("<!doctype html><title>graph</title><p>view</p>", encoding="utf-8")
    (out / "secret.py").write_text("x = 1", encoding="utf-8")
    port = free_port()
    server = uvicorn.Server(uvicorn.Config(create_app(out, timeout_s=3.0, max_rows=5), host="127.0.0.1",
                                           port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.time() + 20
    while not server.started:
        assert time.time() < deadline and thread.is_alive(), "server did not start"
        time.sleep(0.05)
    yield f"http://127.0.0.1:{port}"
    server.should_exit = True
    thread.join(10)


def client(url: str, query: str, fmt, method: str = "GET") -> SPARQLWrapper:
    sw = SPARQLWrapper(url + "/sparql")
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    sw.setMethod(method)
    return sw


@pytest.mark.parametrize("method", ["GET", "POST"])
def test_select_as_json(endpoint, method):
    data = client(endpoint, OUTPERFORMS, JSON, method).query().convert()
    assert data["head"]["vars"] == ["w", "l"]
    pairs = [(b["w"]["value"], b["l"]["value"]) for b in data["results"]["bindings"]]
    assert ("Xsys", "Ysys") in pairs and ("Ysys", "Xsys") in pairs


def test_select_as_xml_csv_tsv(endpoint):
    xml = client(endpoint, OUTPERFORMS, XML).query().convert()
    assert xml.getElementsByTagName("variable")[0].getAttribute("name") == "w"
    rows = list(csv.reader(io.StringIO(client(endpoint, OUTPERFORMS, CSV).query().convert().decode())))
    assert rows[0] == ["w", "l"] and ["Xsys", "Ysys"] in rows
    tsv = client(endpoint, OUTPERFORMS, TSV).query().convert().decode().splitlines()
    assert tsv[0] == "?w\t?l" and '"Xsys"\t"Ysys"' in tsv


def test_ask(endpoint):
    assert client(endpoint, "ASK { ?s kgo:outperforms ?o }", JSON).query().convert()["boolean"] is True
    assert client(endpoint, "ASK { ?s kgo:outperforms <urn:none> }", JSON).query().convert()["boolean"] is False


@pytest.mark.parametrize("fmt,parse_as", [(TURTLE, "turtle"), (N3, "turtle"), (JSONLD, "json-ld")])
def test_construct_formats(endpoint, fmt, parse_as):
    q = "CONSTRUCT { ?a kgo:outperforms ?b } WHERE { ?a kgo:outperforms ?b . ?a rdfs:label 'Xsys' }"
    sw = client(endpoint, q, fmt)
    raw = sw.query().response.read()
    g = Graph().parse(data=raw, format=parse_as)
    assert len(g) == 1


def test_construct_as_ntriples(endpoint):
    req = Request(endpoint + "/sparql", data=b"CONSTRUCT WHERE { ?a kgo:outperforms ?b }",
                  headers={"Content-Type": "application/sparql-query", "Accept": "application/n-triples"})
    with urlopen(req) as resp:
        assert resp.headers["Content-Type"].startswith("application/n-triples")
        text = resp.read().decode()
    assert len(Graph().parse(data=text, format="nt")) == len(text.strip().splitlines()) >= 4


def test_row_cap_is_applied_and_said(endpoint):
    req = Request(endpoint + "/sparql?query=" + __import__("urllib.parse").parse.quote("SELECT * WHERE { ?s ?p ?o }"),
                  headers={"Accept": "application/sparql-results+json"})
    with urlopen(req) as resp:
        data = json.loads(resp.read())
        assert len(data["results"]["bindings"]) == 5
        assert "more than 5" in resp.headers["X-Result-Truncated"]


def test_update_is_refused(endpoint):
    sw = SPARQLWrapper(endpoint + "/sparql", updateEndpoint=endpoint + "/sparql")
    sw.setMethod("POST")
    sw.setQuery("INSERT DATA { <urn:a> <urn:b> <urn:c> }")
    with pytest.raises((SPARQLWrapperException, HTTPError)) as err:
        sw.query()
    assert "403" in str(err.value) or "read-only" in str(err.value)
    for body, ctype in ((b"update=INSERT+DATA+%7B%3Curn%3Aa%3E+%3Curn%3Ab%3E+%3Curn%3Ac%3E%7D",
                         "application/x-www-form-urlencoded"),
                        (b"LOAD <http://example.org/x.ttl>", "application/sparql-query"),
                        (b"DROP ALL", "application/sparql-update")):
        with pytest.raises(HTTPError) as e:
            urlopen(Request(endpoint + "/sparql", data=body, headers={"Content-Type": ctype}))
        assert e.value.code == 403 and b"read-only" in e.value.read()
    assert client(endpoint, "ASK { <urn:a> <urn:b> <urn:c> }", JSON).query().convert()["boolean"] is False


def test_service_is_refused(endpoint):
    with pytest.raises(QueryBadFormed) as err:
        client(endpoint, "SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }", JSON).query()
    assert "SERVICE" in str(err.value)


def test_syntax_error_is_a_400(endpoint):
    with pytest.raises(QueryBadFormed):
        client(endpoint, "SELECT WHERE {", JSON).query()


def test_slow_query_hits_the_time_limit_and_the_server_stays_up(endpoint):
    slow = "SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n2 ?o }"
    start = time.time()
    with pytest.raises((EndPointInternalError, SPARQLWrapperException, HTTPError)) as err:
        client(endpoint, slow, JSON).query()
    assert time.time() - start < 15
    assert "503" in str(err.value) or "time limit" in str(err.value)
    assert client(endpoint, "ASK { ?s ?p ?o }", JSON).query().convert()["boolean"] is True


def test_html_page_escapes_and_views_are_served(endpoint):
    with urlopen(endpoint + "/") as resp:
        page = resp.read().decode()
    assert "<form" in page and "outperformers" in page and 'href="/graph.html"' in page
    evil = "</textarea><script>alert(1)</script>"
    with urlopen(endpoint + "/?query=" + __import__("urllib.parse").parse.quote(evil)) as resp:
        page = resp.read().decode()
    assert "<script>alert" not in page and "&lt;/textarea&gt;&lt;script&gt;" in page
    with urlopen(endpoint + "/graph.html") as resp:
        assert b"view" in resp.read()
    for path in ("/secret.py", "/store/CURRENT", "/../etc/passwd", "/nothing.html"):
        with pytest.raises(HTTPError) as e:
            urlopen(endpoint + path)
        assert e.value.code == 404
