"""Reads back what the build publishes for catalogues, with readers the project
did not write (issue 18):

- data/catalog.rdf, the DCAT-AP-SE catalogue, parsed as RDF/XML by rdflib and
  validated by pyshacl against tests/shapes/dcat-ap-se.ttl: no violation (a
  mandatory property) and no warning (a recommended one); every distribution's
  address is a file of the build, with its size;
- the schema.org Dataset markup in index.html, found by Python's own HTML
  parser, parsed as JSON-LD by rdflib and validated against
  tests/shapes/schema-dataset.ttl; its downloads are the catalogue's.

Each set of shapes is also run once on a copy with one mandatory property
removed, which must fail: the shapes can see what they are there for.

Usage: python3 tests/readers/catalog.py DIST PUBLIC_URL
"""
import json
import os
import sys
from html.parser import HTMLParser

from pyshacl import validate
from rdflib import Graph, Namespace, URIRef
from rdflib.namespace import RDF

DCAT = Namespace("http://www.w3.org/ns/dcat#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
SCHEMA = Namespace("http://schema.org/")
HERE = os.path.dirname(os.path.abspath(__file__))
SHAPES = os.path.join(HERE, "..", "shapes")

# The part of schema.org's JSON-LD context the markup uses (its vocabulary, and
# the properties it types as addresses): the reader runs without the network.
SCHEMA_CONTEXT = {
    "@vocab": "http://schema.org/",
    "url": {"@type": "@id"},
    "license": {"@type": "@id"},
    "contentUrl": {"@type": "@id"},
}


def shacl(data, shapes_file):
    shapes = Graph().parse(os.path.join(SHAPES, shapes_file), format="turtle")
    conforms, results, text = validate(data, shacl_graph=shapes, allow_warnings=False)
    return conforms, text


def without(graph, subject, predicate):
    """A copy of `graph` with every `predicate` of `subject` removed."""
    copy = Graph()
    for t in graph:
        if not (t[0] == subject and t[1] == predicate):
            copy.add(t)
    return copy


def fail(message):
    print("catalog.py: " + message)
    sys.exit(1)


class LdScripts(HTMLParser):
    def __init__(self):
        super().__init__()
        self.inside = False
        self.blocks = []

    def handle_starttag(self, tag, attrs):
        if tag == "script" and dict(attrs).get("type") == "application/ld+json":
            self.inside = True
            self.blocks.append("")

    def handle_endtag(self, tag):
        self.inside = False

    def handle_data(self, data):
        if self.inside:
            self.blocks[-1] += data


def main(dist, base):
    data = os.path.join(dist, "data")
    # --- DCAT-AP-SE ---
    catalog = Graph().parse(
        os.path.join(data, "catalog.rdf"), format="xml", publicID=base + "data/catalog.rdf"
    )
    conforms, text = shacl(catalog, "dcat-ap-se.ttl")
    if not conforms:
        fail("the catalogue does not meet the DCAT-AP-SE shapes:\n" + text)
    datasets = list(catalog.subjects(RDF.type, DCAT.Dataset))
    if len(datasets) != 1:
        fail(f"expected one dataset, found {len(datasets)}")
    dataset = datasets[0]
    titles = {t.language: str(t) for t in catalog.objects(dataset, DCTERMS.title)}
    if set(titles) != {"sv", "en"}:
        fail(f"titles {titles}")
    published = {}
    for dist_node in catalog.objects(dataset, DCAT.distribution):
        url = str(catalog.value(dist_node, DCAT.downloadURL))
        if not url.startswith(base + "data/"):
            fail(f"{url} is not under {base}data/")
        path = os.path.join(data, url[len(base + "data/"):])
        if not os.path.isfile(path):
            fail(f"{url}: no such file in the build")
        size = int(catalog.value(dist_node, DCAT.byteSize))
        if size != os.path.getsize(path):
            fail(f"{url}: byteSize {size}, file {os.path.getsize(path)} bytes")
        published[url] = str(catalog.value(dist_node, DCAT.mediaType)).rsplit("media-types/", 1)[-1]
    for needed in ["iop-ensamkommande.json", "iop-ensamkommande.xlsx", "figures.csv", "excel/figures.csv"]:
        if base + "data/" + needed not in published:
            fail(f"no distribution for {needed}")
    if shacl(without(catalog, dataset, DCTERMS.publisher), "dcat-ap-se.ttl")[0]:
        fail("the shapes accept a dataset without a publisher")

    # --- schema.org Dataset (JSON-LD) ---
    parser = LdScripts()
    with open(os.path.join(dist, "index.html"), encoding="utf-8") as f:
        parser.feed(f.read())
    if len(parser.blocks) != 1:
        fail(f"expected one JSON-LD block in index.html, found {len(parser.blocks)}")
    markup = json.loads(parser.blocks[0])
    if markup.get("@context") != "https://schema.org/":
        fail(f"context {markup.get('@context')!r}")
    markup["@context"] = SCHEMA_CONTEXT
    ld = Graph().parse(data=json.dumps(markup), format="json-ld")
    conforms, text = shacl(ld, "schema-dataset.ttl")
    if not conforms:
        fail("the schema.org markup does not meet the shapes:\n" + text)
    node = URIRef(base + "#dataset")
    if (node, RDF.type, SCHEMA.Dataset) not in ld:
        fail(f"no Dataset {node}")
    downloads = {}
    for d in ld.objects(node, SCHEMA.distribution):
        downloads[str(ld.value(d, SCHEMA.contentUrl))] = str(ld.value(d, SCHEMA.encodingFormat))
    if downloads != published:
        fail(f"the markup's downloads differ from the catalogue's:\n{downloads}\n{published}")
    if shacl(without(ld, node, SCHEMA.license), "schema-dataset.ttl")[0]:
        fail("the shapes accept a Dataset without a licence")
    print(f"catalog.py: catalog.rdf ({len(catalog)} triples, {len(published)} distributions) and the schema.org markup ({len(ld)} triples) meet their shapes")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
