package gt.observatorio.engine.store;

/**
 * The preset dictionaries of {@link PackedText}'s formats: field names and common values of the records they
 * compress (the observatory's own JSON, as written by {@link JsonCodec} and as PostgreSQL's jsonb prints it, and
 * the CKAN and DCAT vocabularies of harvested records), with no value of any particular catalog. Deflate finds the
 * nearest match first, so the most frequent strings come last. <b>Never edit a dictionary</b>: values stored with it
 * could no longer be read. A new dictionary is a new {@link PackedText.Format}.
 */
final class Dictionaries {
  private Dictionaries() {}

  static final String DATASET_V1 = "@context@id@type@graph@value@language\"dcat:Dataset\"\"dcat:Distribution\""
      + "\"dct:title\"\"dct:description\"\"dct:identifier\"\"dct:publisher\"\"dct:issued\"\"dct:modified\""
      + "\"dct:license\"\"dcat:keyword\"\"dcat:theme\"\"dcat:distribution\"\"dcat:accessURL\"\"dcat:downloadURL\""
      + "\"dcat:mediaType\"\"dct:format\"\"dcat:byteSize\"\"dcat:contactPoint\"\"vcard:hasEmail\"\"mailto:"
      + "\"foaf:Organization\"\"foaf:name\"\"dcat:landingPage\"\"dct:accrualPeriodicity\"\"dct:spatial\""
      + "\"dct:temporal\"\"dct:accessRights\"http://www.w3.org/ns/dcat#http://purl.org/dc/terms/"
      + "\"license_title\":\"\"license_url\":\"\"author\":\"\"author_email\":\"\"maintainer\":\"\"version\":"
      + "\"state\":\"active\"\"type\":\"dataset\"\"private\":false\"num_resources\":\"num_tags\":\"isopen\":"
      + "\"owner_org\":\"\"creator_user_id\":\"\"url\":\"\"package_id\":\"\"position\":\"size\":\"hash\":\"\""
      + "\"created\":\"\"last_modified\":\"\"url_type\":\"upload\"\"resource_type\":\"datastore_active\":false"
      + "\"display_name\":\"\"description\":\"\"image_url\":\"\"is_organization\":true\"approval_status\":\"approved\""
      + "\"vocabulary_id\":null\"relationships_as_object\":[]\"relationships_as_subject\":[]"
      + "\"id\":\"\"name\":\"\"title\":\"\"notes\":\"\"license_id\":\"\"metadata_created\":\"\"metadata_modified\":\""
      + "\"organization\":{\"name\":\"\"maintainer_email\":\"\"tags\":[{\"name\":\"\"groups\":[{\"title\":\""
      + "\"extras\":[{\"key\":\"\",\"value\":\"\"frequency\"\"resources\":[{\"id\":\"\"format\":\"CSV\""
      + "\"format\":\"XLSX\"\"format\":\"XLS\"\"format\":\"JSON\"\"format\":\"PDF\"\"mimetype\":\"text/csv\""
      + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetapplication/vnd.ms-excel"
      + "application/jsonapplication/pdf\",\"download_url\":\"https://http://"
      + "\"accrualPeriodicity\": \"accessRights\": \"contactPoint\": \"distributions\": [{\"title\": "
      + "\"format\": \"issued\": \"rights\": \"license\": \"byteSize\": \"modified\": \"accessUrl\": "
      + "\"mediaType\": \"downloadUrl\": \"identifier\": \"description\": \"landingPage\": \"rawMetadata\": "
      + "\"title\": \"issued\": \"themes\": [\"license\": \"spatial\": null, \"keywords\": [\"temporal\": null, "
      + "\"publisher\": \"modified\": "
      + "{\"identifier\":\"\",\"title\":\"\",\"description\":\"\",\"publisher\":\"\",\"contactPoint\":\""
      + "\",\"keywords\":[\"\",\"themes\":[\"\",\"license\":\"\",\"issued\":\"\",\"modified\":\""
      + "\",\"accrualPeriodicity\":\"\",\"spatial\":null,\"temporal\":null,\"accessRights\":null,\"landingPage\":\""
      + "\",\"distributions\":[{\"title\":\"\",\"accessUrl\":\"\",\"downloadUrl\":\"\",\"format\":\"CSV\""
      + ",\"mediaType\":\"text/csv\",\"byteSize\":null,\"license\":null,\"issued\":null,\"modified\":null"
      + ",\"rights\":null},{\"title\":\"],\"rawMetadata\":null}";

  static final String PROBE_V1 = "NOT_MODIFIEDCLIENT_ERRORSERVER_ERRORRATE_LIMITEDTIMEOUTDNS_FAILURETLS_FAILURE"
      + "CONNECTION_FAILEDPROTOCOL_ERRORINVALID_URLDISALLOWED_BY_ROBOTSBLOCKED_PRIVATE_ADDRESSTOO_LARGE"
      + "TOO_MANY_REDIRECTSNOT_PROBEDREDIRECTED\"detail\":\"\"oversize\":{\"size\":\"budget\":"
      + "\"issues\":[{\"code\":\"\",\"observed\":\"\",\"expected\":\"\",\"evidence\":\"\"}"
      + "\"table\": {\"kind\": \"csv\", \"rows\": \"issues\": [], \"columns\": \"complete\": true, "
      + "\"encoding\": \"UTF-8\", \"oversize\": null, \"bytesRead\": \"delimiter\": \"coma / comma\", "
      + "\"unreadable\": null}, \"detail\": null, \"format\": \"CSV\", \"outcome\": \"REACHABLE\", "
      + "\"finalUrl\": \"tlsValid\": null, \"checkedAt\": \"httpStatus\": 200, \"lastModified\": "
      + "\"contentLength\": \"latencyMillis\": \"redirectChain\": [], \"sniffedContentType\": \"text/csv\", "
      + "\"declaredContentType\": \"text/csv; charset=utf-8\"} {\"url\": \"etag\": null, "
      + "application/vnd.openxmlformats-officedocument.spreadsheetml.sheetapplication/vnd.ms-excel"
      + "application/jsontext/htmlapplication/pdfapplication/zipapplication/octet-stream; charset=utf-8"
      + "\"format\":\"XLSX\"\"format\":\"XLS\"\"format\":\"JSON\"\"format\":\"PDF\"\"kind\":\"xlsx\""
      + "\"delimiter\":\"punto y coma / semicolon\"\"delimiter\":\"tabulador / tab\"\"encoding\":\"ISO-8859-1\""
      + "Mon, Tue, Wed, Thu, Fri, Sat, Sun, Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec :00 GMT\""
      + "{\"url\":\"\",\"outcome\":\"REACHABLE\",\"httpStatus\":200,\"finalUrl\":\"\",\"redirectChain\":[]"
      + ",\"declaredContentType\":\"text/csv; charset=utf-8\",\"sniffedContentType\":\"text/csv\",\"format\":\"CSV\""
      + ",\"contentLength\":\",\"lastModified\":\",\"etag\":null,\"tlsValid\":true,\"latencyMillis\":"
      + ",\"checkedAt\":\"20\",\"detail\":null,\"table\":{\"kind\":\"csv\",\"bytesRead\":\",\"complete\":true"
      + ",\"encoding\":\"UTF-8\",\"delimiter\":\"coma / comma\",\"columns\":\",\"rows\":\",\"issues\":[]"
      + ",\"unreadable\":null,\"oversize\":null}}";
}
