package gt.observatorio.web.oc4ids;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The structure of an OC4IDS project package as the OC4IDS documentation gives it (reference/package:
 * "Project package"; reference/schema: "Project" and the definitions Value, Period, Organization,
 * OrganizationReference, Document, Location, ContractingProcess, ContractingProcessSummary, Modification,
 * Transaction, Milestone, LinkedRelease): each field's type, whether it is required, its format and, for
 * closed codelists, the codelist's name. Written by the project from those facts; not the official schema.
 */
final class Oc4idsFields {
  /** A field's expected shape. */
  sealed interface Spec permits Str, Num, Obj, Arr {}

  /** How a string is checked: free text, a URI, an RFC 3339 date-time, a closed codelist, or a pattern. */
  enum Format { TEXT, URI, DATE_TIME, CODELIST, CURRENCY, COUNTRY, VERSION }

  record Str(Format format, String codelist) implements Spec {}

  record Num(boolean integer) implements Spec {}

  record Obj(String name, Set<String> required, Map<String, Spec> fields) implements Spec {}

  record Arr(Spec items, int minItems) implements Spec {}

  private Oc4idsFields() {}

  static final Str TEXT = new Str(Format.TEXT, null);
  static final Str URI = new Str(Format.URI, null);
  static final Str DATE_TIME = new Str(Format.DATE_TIME, null);

  static Str code(String codelist) {
    return new Str(Format.CODELIST, codelist);
  }

  static Arr list(Spec items) {
    return new Arr(items, 0);
  }

  /** An object: name, required fields, then field name / spec pairs. */
  static Obj obj(String name, Set<String> required, Object... pairs) {
    Map<String, Spec> fields = new LinkedHashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      fields.put((String) pairs[i], (Spec) pairs[i + 1]);
    }
    return new Obj(name, required, fields);
  }

  static final Obj VALUE = obj("Value", Set.of(), "amount", new Num(false), "currency", new Str(Format.CURRENCY, null));
  static final Obj PERIOD = obj("Period", Set.of(), "startDate", DATE_TIME, "endDate", DATE_TIME,
      "maxExtentDate", DATE_TIME, "durationInDays", new Num(true));
  static final Obj ORG_REF = obj("OrganizationReference", Set.of(), "id", TEXT, "name", TEXT);
  static final Obj ADDRESS = obj("Address", Set.of(), "streetAddress", TEXT, "locality", TEXT, "region", TEXT,
      "postalCode", TEXT, "countryName", TEXT, "country", new Str(Format.COUNTRY, null));
  static final Obj IDENTIFIER = obj("Identifier", Set.of(), "scheme", TEXT, "id", TEXT, "legalName", TEXT, "uri", URI);
  static final Obj ORGANIZATION = obj("Organization", Set.of(), "id", TEXT, "name", TEXT, "identifier", IDENTIFIER,
      "additionalIdentifiers", list(IDENTIFIER), "address", ADDRESS,
      "contactPoint", obj("ContactPoint", Set.of(), "name", TEXT, "email", TEXT, "telephone", TEXT, "url", URI),
      "roles", list(TEXT));
  static final Obj DOCUMENT = obj("Document", Set.of("id"), "id", TEXT, "documentType", TEXT, "title", TEXT,
      "description", TEXT, "url", URI, "datePublished", DATE_TIME, "dateModified", DATE_TIME, "format", TEXT,
      "language", TEXT);
  static final Obj MILESTONE = obj("Milestone", Set.of("id"), "id", TEXT, "title", TEXT,
      "type", code("milestoneType"), "description", TEXT, "dueDate", DATE_TIME, "dateMet", DATE_TIME,
      "dateModified", DATE_TIME, "status", code("milestoneStatus"));
  static final Obj TRANSACTION = obj("Transaction", Set.of("id"), "id", TEXT, "source", URI, "date", DATE_TIME,
      "value", VALUE, "payer", ORG_REF, "payee", ORG_REF, "uri", URI);
  static final Obj MODIFICATION = obj("Modification", Set.of(), "id", TEXT, "date", DATE_TIME, "description", TEXT,
      "rationale", TEXT, "type", TEXT, "releaseID", TEXT, "oldContractValue", VALUE, "newContractValue", VALUE,
      "oldContractPeriod", PERIOD, "newContractPeriod", PERIOD);
  static final Obj TENDER = obj("Tender", Set.of(), "procurementMethod", code("method"),
      "procurementMethodDetails", TEXT, "costEstimate", VALUE, "numberOfTenderers", new Num(true),
      "tenderers", list(ORG_REF), "procuringEntity", ORG_REF, "administrativeEntity", ORG_REF,
      "datePublished", DATE_TIME);
  static final Obj SUMMARY = obj("ContractingProcessSummary", Set.of(), "ocid", TEXT, "externalReference", TEXT,
      "nature", list(code("contractNature")), "title", TEXT, "description", TEXT,
      "status", code("contractingProcessStatus"), "tender", TENDER, "suppliers", list(ORG_REF),
      "contractValue", VALUE, "contractPeriod", PERIOD, "finalValue", VALUE, "documents", list(DOCUMENT),
      "modifications", list(MODIFICATION), "transactions", list(TRANSACTION), "milestones", list(MILESTONE));
  static final Obj CONTRACTING_PROCESS = obj("ContractingProcess", Set.of("id"), "id", TEXT, "summary", SUMMARY,
      "releases", list(obj("LinkedRelease", Set.of(), "id", TEXT, "tag", list(TEXT), "date", DATE_TIME, "url", URI)));
  static final Obj LOCATION = obj("Location", Set.of(), "id", TEXT, "description", TEXT,
      "geometry", obj("Geometry", Set.of(), "type", TEXT, "coordinates", list(new Arr(new Num(false), 0))),
      "gazetteer", obj("Gazetteer", Set.of(), "scheme", TEXT, "identifiers", list(TEXT)), "uri", URI,
      "address", ADDRESS);
  static final Obj PROJECT = obj("Project", Set.of("id"), "id", TEXT, "updated", DATE_TIME, "title", TEXT,
      "description", TEXT, "status", code("projectStatus"), "period", PERIOD, "sector", list(TEXT),
      "purpose", TEXT, "additionalClassifications",
      list(obj("Classification", Set.of(), "scheme", TEXT, "id", TEXT, "description", TEXT, "uri", URI)),
      "type", code("projectType"), "assetLifetime", PERIOD, "locations", list(LOCATION),
      "budget", obj("Budget", Set.of(), "amount", VALUE, "approvalDate", DATE_TIME),
      "parties", list(ORGANIZATION), "publicAuthority", ORG_REF, "documents", list(DOCUMENT),
      "contractingProcesses", list(CONTRACTING_PROCESS),
      "completion", obj("Completion", Set.of(), "endDate", DATE_TIME, "endDateDetails", TEXT, "finalValue", VALUE,
          "finalValueDetails", TEXT, "finalScope", TEXT, "finalScopeDetails", TEXT),
      "milestones", list(MILESTONE), "transactions", list(TRANSACTION));
  /** Project package: uri, publisher (with name), publishedDate, projects (at least one) and version are required. */
  static final Obj PACKAGE = obj("ProjectPackage", Set.of("uri", "publisher", "publishedDate", "projects", "version"),
      "uri", URI, "publishedDate", DATE_TIME, "version", new Str(Format.VERSION, null),
      "projects", new Arr(PROJECT, 1),
      "publisher", obj("Publisher", Set.of("name"), "name", TEXT, "scheme", TEXT, "uid", TEXT, "uri", URI),
      "license", URI, "publicationPolicy", URI);

  static final List<String> CLOSED = List.of("projectStatus", "projectType", "contractingProcessStatus",
      "contractNature", "milestoneType", "milestoneStatus", "method");
}
