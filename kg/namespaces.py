"""Every namespace CoopKG uses, declared once.

Our own IRIs all sit under BASE: the ontology terms under COOP, entities under
BASE + "id/<kind>/<key>", named graphs under BASE + "graph/".
"""

from rdflib import Namespace
from rdflib.namespace import (DCTERMS, FOAF, ORG, OWL, PROV, RDF, RDFS, SKOS, TIME, XSD,
                              DefinedNamespace, URIRef)

from kg.prefixes import BASE, PREFIXES, sparql_prefix_block  # noqa: F401 (re-exported)

ONTOLOGY_IRI = URIRef(BASE + "ontology")

OA = Namespace("http://www.w3.org/ns/oa#")
SCHEMA = Namespace("https://schema.org/")
VIVO = Namespace("http://vivoweb.org/ontology/core#")
SH = Namespace("http://www.w3.org/ns/shacl#")
LANG = Namespace("http://id.loc.gov/vocabulary/iso639-1/")
ROR = Namespace("https://ror.org/")
WIKIDATA = Namespace("http://www.wikidata.org/entity/")

# Entity namespaces: one per kind of thing we mint IRIs for.
ID = Namespace(BASE + "id/")
INST = Namespace(BASE + "id/institution/")
PERSON = Namespace(BASE + "id/person/")
MEMBERSHIP = Namespace(BASE + "id/membership/")
AGREEMENT = Namespace(BASE + "id/agreement/")
SIGNING = Namespace(BASE + "id/signing/")
EVENT = Namespace(BASE + "id/event/")
PLACE = Namespace(BASE + "id/place/")
SOURCE = Namespace(BASE + "id/source/")
AGENT = Namespace(BASE + "id/agent/")
AREA = Namespace(BASE + "id/area/")
ROLE = Namespace(BASE + "id/role/")
TITLE = Namespace(BASE + "id/title/")
STATEMENT = Namespace(BASE + "id/statement/")
ANNOTATION = Namespace(BASE + "id/annotation/")
DISAGREEMENT = Namespace(BASE + "id/disagreement/")
SCHEME = Namespace(BASE + "id/scheme/")
GRAPH = Namespace(BASE + "graph/")


class COOP(DefinedNamespace):
    """The CoopKG ontology (ontology/coop.ttl). A misspelt term raises AttributeError."""

    _NS = Namespace(BASE + "ontology#")
    _fail = True

    # classes
    Institution: URIRef
    HigherEducationInstitution: URIRef
    University: URIRef
    College: URIRef
    VocationalSchool: URIRef
    ResearchInstitute: URIRef
    GovernmentBody: URIRef
    Ministry: URIRef
    Company: URIRef
    NonProfitOrganization: URIRef
    HealthcareOrganization: URIRef
    OtherOrganization: URIRef
    Place: URIRef
    Person: URIRef
    Membership: URIRef
    Role: URIRef
    Title: URIRef
    Agreement: URIRef
    MemorandumOfUnderstanding: URIRef
    CooperationAgreement: URIRef
    FrameworkAgreement: URIRef
    AgreementStatus: URIRef
    SigningEvent: URIRef
    SigningRole: URIRef
    CooperationArea: URIRef
    Event: URIRef
    ScholarshipAward: URIRef
    StudyProgramme: URIRef
    QualityAssessment: URIRef
    Designation: URIRef
    SourceDocument: URIRef
    Disagreement: URIRef
    # individuals
    Proposed: URIRef
    Signed: URIRef
    InForce: URIRef
    Expired: URIRef
    Signatory: URIRef
    Representative: URIRef
    # object properties
    party: URIRef
    signedIn: URIRef
    coversArea: URIRef
    status: URIRef
    alternativeType: URIRef
    locatedIn: URIRef
    predecessor: URIRef
    successor: URIRef
    relatedTo: URIRef
    hasTitle: URIRef
    involves: URIRef
    funder: URIRef
    supports: URIRef
    aboutResource: URIRef
    aboutProperty: URIRef
    conflictingStatement: URIRef
    # data properties
    acronym: URIRef
    searchKey: URIRef
    foundingYear: URIRef
    country: URIRef
    roleAsWritten: URIRef
    attestedOn: URIRef
    dateAsWritten: URIRef
    dateUnknown: URIRef
    principle: URIRef
    reportedOn: URIRef
    textSha256: URIRef
    localPath: URIRef
    confidence: URIRef
